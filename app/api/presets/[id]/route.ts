import { guardApiRequest } from "@/lib/server/access";
import { readConfig } from "@/lib/server/config";
import { deletePreset, getPreset } from "@/lib/server/presets/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context) {
  const config = readConfig();
  const refused = await guardApiRequest(request, config);
  if (refused) return refused;
  return getPreset((await context.params).id, config);
}

export async function DELETE(request: Request, context: Context) {
  const config = readConfig();
  const refused = await guardApiRequest(request, config);
  if (refused) return refused;
  return deletePreset(request, (await context.params).id, config);
}
