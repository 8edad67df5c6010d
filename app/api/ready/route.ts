import { readConfig } from "@/lib/server/config";
import { readiness } from "@/lib/server/health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Readiness for a load balancer: 200 when this instance may take calls, 503 while it drains or cannot
 * reach its database (lib/server/health.ts). Open without the access token, like /api/health. */
export async function GET() {
  const result = await readiness(readConfig());
  const ok = result.status === "ready" || result.status === "degraded";
  return Response.json(result, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
