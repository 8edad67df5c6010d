import { guardApiRequest } from "@/lib/server/proxy/access";
import { readConfig } from "@/lib/server/config";
import { readPriceOverrides } from "@/lib/server/prices";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The gateway's price overrides (PLAYGROUND_PRICES_FILE), which the page lays over the catalogue's prices. */
export async function GET(request: Request) {
  const refused = await guardApiRequest(request, readConfig());
  if (refused) return refused;
  const result = await readPriceOverrides();
  if (result.error) console.warn(`[prices] ${result.error} Using the catalogue's prices.`);
  return Response.json({ overrides: result.overrides, ignored: Boolean(result.error) });
}
