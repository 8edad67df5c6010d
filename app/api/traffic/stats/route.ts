import { trafficStats } from "@/lib/server/traffic/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return trafficStats(request);
}
