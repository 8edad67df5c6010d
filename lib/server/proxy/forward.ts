import "server-only";

import { apiErrorBody } from "@/lib/messages/errors";
import { handleSimulatorRequest } from "@/lib/simulator/handler";
import { chooseUpstream, readConfig } from "../config";

// The headers a client may send upstream; everything else (cookies, the browser's own) stays here.
const FORWARDED_REQUEST_HEADERS = ["anthropic-version", "anthropic-beta", "content-type", "accept"];
const RETURNED_RESPONSE_HEADERS = /^(content-type|request-id|retry-after|anthropic-ratelimit-.*|x-should-retry)$/i;
export const USER_KEY_HEADER = "x-playground-user-key";

/** Forwards one API call (`/v1/...` path) to the configured upstream, or to the simulator in-process. */
export async function forwardToUpstream(request: Request, apiPath: string): Promise<Response> {
  const config = readConfig();
  const upstream = chooseUpstream(config, request.headers.get(USER_KEY_HEADER) ?? undefined);
  const search = new URL(request.url).search;
  const started = performance.now();

  if (upstream.source === "simulator") {
    const simulated = new Request(`http://simulator${apiPath}${search}`, {
      method: request.method,
      headers: request.headers,
      body: request.method === "GET" ? undefined : await request.arrayBuffer(),
      signal: request.signal,
    });
    return decorate(await handleSimulatorRequest(simulated), "simulator", started);
  }

  const headers = new Headers({ "x-api-key": upstream.key!, "anthropic-version": "2023-06-01" });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  try {
    const response = await fetch(`${config.baseUrl}${apiPath}${search}`, {
      method: request.method,
      headers,
      body: request.method === "GET" ? undefined : request.body,
      signal: request.signal,
      // @ts-expect-error Node's fetch needs `duplex` to send a streaming body.
      duplex: "half",
    });
    return decorate(response, upstream.source, started);
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    const message = `The upstream API could not be reached (${(error as Error).message}).`;
    return Response.json(apiErrorBody("api_error", message), { status: 502 });
  }
}

function decorate(upstream: Response, source: string, started: number): Response {
  const headers = new Headers();
  upstream.headers.forEach((value, name) => {
    if (RETURNED_RESPONSE_HEADERS.test(name)) headers.set(name, value);
  });
  if (headers.get("content-type")?.startsWith("text/event-stream")) headers.set("cache-control", "no-cache, no-transform");
  headers.set("x-playground-key-source", source);
  headers.set("x-playground-upstream-ms", (performance.now() - started).toFixed(1));
  return new Response(upstream.body, { status: upstream.status, headers });
}
