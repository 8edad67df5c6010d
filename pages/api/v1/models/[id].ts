import type { NextApiRequest, NextApiResponse } from "next";
import { proxyApiRoute } from "@/lib/server/proxy/api-route";

// GET /api/v1/models/{id}, like /api/v1/models (see /api/v1/messages for why an API route). The upstream path is
// built here from the one segment the route matched, encoded: nothing the client sends can change the host.
export const config = { api: { bodyParser: false, responseLimit: false, externalResolver: true } };

export default function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  const id = String(req.query.id ?? "");
  return proxyApiRoute(`/v1/models/${encodeURIComponent(id)}`, ["GET"])(req, res);
}
