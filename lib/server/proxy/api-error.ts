import "server-only";

import { apiErrorBody, ERROR_STATUS, errorTypeForStatus, parseApiErrorBody } from "@/lib/messages/errors";
import type { ApiErrorBody, ApiErrorType } from "@/lib/messages/types";

// Every error the proxy returns has the API's shape, so the SDK and the playground read it the same way,
// and a message a person can act on. This is the one place that writes them.

export function errorResponse(
  type: ApiErrorType,
  message: string,
  init: { status?: number; headers?: HeadersInit } = {},
): Response {
  return Response.json(apiErrorBody(type, message), {
    status: init.status ?? ERROR_STATUS[type],
    headers: init.headers,
  });
}

/** What a person should read for an upstream error of this status, before the upstream's own words. */
const EXPLANATION: Partial<Record<number, string>> = {
  401: "The API key was refused: check that it is complete and still active.",
  402: "The account's wallet is exhausted: add credit to it, or use another key.",
  403: "This key is not allowed to make this call.",
  408: "The API gave up waiting for the request.",
  413: "The input exceeds the model's context window (or the request is too large): shorten the conversation or pick a model with a larger window.",
  429: "The API's rate limit was reached.",
  500: "The API had an internal error.",
  502: "A gateway in front of the API failed.",
  503: "The API is unavailable right now.",
  504: "The API timed out.",
  529: "The API is overloaded right now: try again in a moment.",
};

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
 * The error body sent to the client for an upstream error: the upstream's type and request id are kept;
 * the message gains a plain explanation for statuses whose API wording is terse, and a body that is not
 * the API's shape (an HTML page from a gateway) becomes one.
 */
export function upstreamErrorBody(
  status: number,
  text: string,
  contentType: string | null,
  retryAfter: string | null,
): ApiErrorBody {
  let parsed: ApiErrorBody | undefined;
  try {
    parsed = parseApiErrorBody(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  const explanation = EXPLANATION[status];
  if (parsed) {
    const original = parsed.error.message.trim();
    const message = explanation
      ? `${explanation}${status === 429 ? waitHint(retryAfter) : ""}${original ? ` (The API said: "${original}")` : ""}`
      : original || `The API answered HTTP ${status}.`;
    return { ...parsed, error: { ...parsed.error, message } };
  }
  const kind = contentType?.split(";")[0] || "an empty body";
  return apiErrorBody(
    errorTypeForStatus(status),
    `${explanation ?? `The API answered HTTP ${status}.`}${status === 429 ? waitHint(retryAfter) : ""} (The response was not in the API's error format: ${kind}.)`,
  );
}

/** The SSE event that ends a stream which failed after it began, so the client keeps what arrived. */
export function errorEvent(type: ApiErrorType, message: string, requestId?: string | null): string {
  return `event: error\ndata: ${JSON.stringify(apiErrorBody(type, message, requestId ?? undefined))}\n\n`;
}
