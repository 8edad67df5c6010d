import { proxyApiRoute } from "@/lib/server/proxy/api-route";

// An API route like /api/v1/messages (see there why).
export const config = { api: { bodyParser: false, responseLimit: false, externalResolver: true } };

export default proxyApiRoute("/v1/messages/count_tokens", ["POST"]);
