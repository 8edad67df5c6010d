import "server-only";

import { apiErrorBody, errorTypeForStatus, parseApiErrorBody } from "@/lib/messages/errors";
import type { ApiErrorBody, ApiErrorType } from "@/lib/messages/types";

// An upstream's errors as the proxy passes them on: the API's body as written (only one not in the API's shape
// becomes one), a mid-stream failure as an `event: error`, and no secret in any text. The proxy's own errors are
// written by errorResponse (../error-response.ts).

function waitHint(retryAfter: string | null): string {
  const seconds = Number(retryAfter);
  return Number.isFinite(seconds) && seconds > 0 ? ` Try again in ${Math.ceil(seconds)} s.` : "";
}

/** Removes every given secret from a text that is about to leave the server. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join("[redacted]");
  return out;
}

/**
 * The error body sent to the client for an upstream error. An API error body passes through as the upstream wrote
 * it (its message, `details` and request id untouched: the page explains it, beside the API's own words); a body
 * that is not the API's shape (an HTML page from a gateway, nothing at all) becomes one, so every client can read it.
 * `text` has already had its secrets removed.
 */
export function upstreamErrorBody(
  status: number,
  text: string,
  contentType: string | null,
  retryAfter: string | null,
): { passthrough: true; text: string } | { passthrough: false; body: ApiErrorBody } {
  let parsed: ApiErrorBody | undefined;
  try {
    parsed = parseApiErrorBody(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (parsed) return { passthrough: true, text };
  const kind = contentType?.split(";")[0] || (text ? "no content type" : "an empty body");
  return {
    passthrough: false,
    body: apiErrorBody(
      errorTypeForStatus(status),
      `The API answered HTTP ${status}, and its body was not in the API's error format (${kind}).${status === 429 ? waitHint(retryAfter) : ""}`,
    ),
  };
}

/** The SSE event that ends a stream which failed after it began, so the client keeps what arrived. */
export function errorEvent(type: ApiErrorType, message: string, requestId?: string | null): string {
  return `event: error\ndata: ${JSON.stringify(apiErrorBody(type, message, requestId ?? undefined))}\n\n`;
}
