import { forwardToUpstream } from "@/lib/server/proxy/forward";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return forwardToUpstream(request, "/v1/messages");
}
