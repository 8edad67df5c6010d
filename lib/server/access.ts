import "server-only";

import { createHash, timingSafeEqual } from "node:crypto";
import { ACCESS_TOKEN_HEADER } from "@/lib/proxy-headers";
import { clientAddress, factsOf } from "./client-address";
import type { ServerConfig } from "./config";
import type { RequestFacts } from "./runtime";
import { errorResponse } from "./error-response";
import { takeRequest } from "./rate-limit";

/** What the checks read of a request: its headers (a web Request, or the proxy's view of a Node one). */
export type HasHeaders = { headers: Headers };

/**
 * A request from a page of another site is refused: otherwise any page the user visits could spend the
 * server's key through their browser. Requests without `Origin` (the SDK, curl) are not cross-site.
 */
export function isCrossSite(request: HasHeaders): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, file://) and anything unparsable
  }
  const ownHosts = [request.headers.get("host"), ...(request.headers.get("x-forwarded-host")?.split(",") ?? [])];
  return !ownHosts.some((host) => host?.trim().toLowerCase() === originHost.toLowerCase());
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** The token the client presented: our header, or `Authorization: Bearer` (the SDK's `authToken`). */
function presentedToken(request: HasHeaders): string | undefined {
  const header = request.headers.get(ACCESS_TOKEN_HEADER);
  if (header) return header.trim();
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "");
  return bearer?.[1].trim();
}

export function hasAccess(request: HasHeaders, config: ServerConfig): boolean {
  if (!config.accessToken) return true;
  const token = presentedToken(request);
  return token !== undefined && timingSafeEqual(digest(token), digest(config.accessToken));
}

/**
 * The checks every API route makes before it does anything: same origin, rate limit (first, so that
 * guessing the access token is rate limited too), access token.
 * Returns the refusal to send, or undefined when the request may go on. Other API routes (presets)
 * should call it too.
 */
export async function guardApiRequest(
  request: HasHeaders & { facts?: RequestFacts },
  config: ServerConfig,
): Promise<Response | undefined> {
  if (isCrossSite(request)) {
    return errorResponse(
      "permission_error",
      "Cross-site requests are refused: call this API from the playground's own pages or from a server.",
    );
  }
  const client = clientAddress(request.facts ?? factsOf(request), config.trustedProxyHops);
  const verdict = await takeRequest(config, client);
  if ("unavailable" in verdict) {
    return errorResponse("api_error", "The rate limiter is unavailable (Redis cannot be reached). Try again shortly.", {
      status: 503,
      headers: { "retry-after": "5" },
    });
  }
  if (!verdict.allowed) {
    return errorResponse(
      "rate_limit_error",
      `Too many requests: this playground allows ${config.rateLimitPerMinute} per minute per client. Try again in ${verdict.retryAfterSeconds} s.`,
      { headers: { "retry-after": String(verdict.retryAfterSeconds) } },
    );
  }
  if (!hasAccess(request, config)) {
    return errorResponse(
      "authentication_error",
      'This playground requires an access token: enter it under "Access token" (or send it in the x-playground-access-token header).',
    );
  }
  return undefined;
}
