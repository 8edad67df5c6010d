import { guardApiRequest } from "@/lib/server/proxy/access";
import { readConfig } from "@/lib/server/config";
import { postPreset } from "@/lib/server/presets/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return guardApiRequest(request, readConfig()) ?? postPreset(request);
}
