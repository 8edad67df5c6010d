import "server-only";

import type { IncomingHttpHeaders } from "node:http";
import { ATTEMPTS_HEADER, KEY_SOURCE_HEADER, UPSTREAM_MS_HEADER } from "@/lib/proxy-headers";
import type { HasHeaders } from "../access";

// Headers are allow-listed both ways: the browser's cookies, the client's own `x-api-key` (the SDK sends
// a placeholder) and anything naming a host never reach the upstream; the upstream's cookies and
// encodings never reach the browser.
// `anthropic-user-profile-id` and `anthropic-workspace-id` are how the SDK sends a call's `user_profile_id` and
// `workspace_id`: they name who the call is for, never a secret.
const FORWARDED_REQUEST_HEADERS = [
  "anthropic-version",
  "anthropic-beta",
  "anthropic-user-profile-id",
  "anthropic-workspace-id",
  "content-type",
  "accept",
];
const RETURNED_RESPONSE_HEADER =
  /^(content-type|request-id|anthropic-workspace-id|retry-after|retry-after-ms|x-should-retry|anthropic-ratelimit-.*)$/i;

export const DEFAULT_ANTHROPIC_VERSION = "2023-06-01";

/** The client's API headers the in-process simulator reads as the API would (`anthropic-beta` turns on threads). */
export function simulatorRequestHeaders(request: HasHeaders): Headers {
  const headers = new Headers({ "content-type": "application/json" });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value && name.startsWith("anthropic-")) headers.set(name, value);
  }
  return headers;
}

export function upstreamRequestHeaders(request: HasHeaders, key: string): Headers {
  const headers = new Headers({ "anthropic-version": DEFAULT_ANTHROPIC_VERSION, "x-api-key": key });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
}

export interface CallMeta {
  source: string;
  attempts: number;
  upstreamMs: number;
}

export function clientResponseHeaders(upstream: Headers, meta: CallMeta): Headers {
  const headers = new Headers();
  upstream.forEach((value, name) => {
    if (RETURNED_RESPONSE_HEADER.test(name)) headers.set(name, value);
  });
  if (isEventStream(headers)) {
    // Never cached, never compressed or buffered by anything between us and the browser.
    headers.set("cache-control", "no-cache, no-transform");
    headers.set("x-accel-buffering", "no");
  }
  headers.set(KEY_SOURCE_HEADER, meta.source);
  headers.set(ATTEMPTS_HEADER, String(meta.attempts));
  headers.set(UPSTREAM_MS_HEADER, meta.upstreamMs.toFixed(1));
  return headers;
}

export function isEventStream(headers: Headers): boolean {
  return headers.get("content-type")?.toLowerCase().startsWith("text/event-stream") ?? false;
}

/** Node's parsed headers (of the client's request or the upstream's response) as web Headers. */
export function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}
