import { forwardToUpstream } from "@/lib/server/proxy/forward";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return forwardToUpstream(request, "/v1/models");
}
