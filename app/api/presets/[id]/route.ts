import { guardApiRequest } from "@/lib/server/proxy/access";
import { readConfig } from "@/lib/server/config";
import { getPreset } from "@/lib/server/presets/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const refused = guardApiRequest(request, readConfig());
  if (refused) return refused;
  const { id } = await context.params;
  return getPreset(id);
}
