import { getTrafficCall } from "@/lib/server/traffic/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return getTrafficCall(request, (await params).id);
}
