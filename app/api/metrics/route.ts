import { readConfig } from "@/lib/server/config";
import { metrics } from "@/lib/server/metrics";
import { errorResponse } from "@/lib/server/error-response";
import { guardApiRequest } from "@/lib/server/access";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Prometheus metrics of this instance, when PLAYGROUND_METRICS is on; behind the access token when one is
 * set (a scraper sends it as a Bearer token). */
export async function GET(request: Request) {
  const config = readConfig();
  if (!config.metrics)
    return errorResponse("not_found_error", "Metrics are off: set PLAYGROUND_METRICS=on to serve them here.");
  const refused = await guardApiRequest(request, config);
  if (refused) return refused;
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "content-type": registry.contentType, "cache-control": "no-store" },
  });
}
