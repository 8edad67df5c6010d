import { isDraining } from "@/lib/server/runtime";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Liveness: the process is up and answering (no dependency is checked; that is /api/ready). Open to load
 * balancers and health checks without the access token: it tells nothing but that. */
export function GET() {
  return Response.json({ status: isDraining() ? "draining" : "ok" }, { headers: { "cache-control": "no-store" } });
}
