import { proxyApiRoute } from "@/lib/server/proxy/api-route";

// The proxy's routes are API routes rather than App Router route handlers: those answer with web streams
// only, which cost a stream far more CPU per event than a plain Node passthrough (npm run bench:proxy;
// docs/performance.md).
// Here the upstream's socket is piped into the client's response with nothing in between.
export const config = { api: { bodyParser: false, responseLimit: false, externalResolver: true } };

export default proxyApiRoute("/v1/messages", ["POST"]);
