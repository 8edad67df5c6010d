import { clearTraffic, listTraffic } from "@/lib/server/traffic/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return listTraffic(request);
}

export function DELETE(request: Request) {
  return clearTraffic(request);
}
