import { guardApiRequest } from "@/lib/server/access";
import { readConfig } from "@/lib/server/config";
import { postPreset } from "@/lib/server/presets/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const config = readConfig();
  return (await guardApiRequest(request, config)) ?? postPreset(request, config);
}
