// Responses in the API's shape: every one carries a `request-id`; successes carry rate-limit headers too.
// Error bodies carry `details`: `null`, as real ones do, or `{error_code}` where the API names the cause (the SDK
// picks its typed error class by status and code: ThreadNotFoundError for `404 thread_not_found`).
import { apiErrorBody, ERROR_STATUS } from "@/lib/messages/errors";
import type { ApiErrorDetails, ApiErrorType } from "@/lib/messages/types";
import { newId } from "./ids";

/** An error in the API's shape; `status` when the simulated upstream answers with another than the type's own,
 * `details` (an `error_code`) where the API's errors carry one. */
export function errorResponse(
  type: ApiErrorType,
  message: string,
  headers: Record<string, string> = {},
  { status = ERROR_STATUS[type], details = null }: { status?: number; details?: ApiErrorDetails | null } = {},
): Response {
  const requestId = newId("req");
  return Response.json(apiErrorBody(type, message, requestId, details), {
    status,
    headers: {
      "request-id": requestId,
      "x-should-retry": String(status >= 500 || type === "rate_limit_error"),
      ...headers,
    },
  });
}

/** Generous limits that never run out: the headers are there so clients can show them. */
export function rateLimitHeaders(inputTokens: number, outputTokens: number): Record<string, string> {
  const reset = new Date(Math.ceil(Date.now() / 60_000) * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const headers: Record<string, string> = {};
  const limits = {
    requests: [4000, 1],
    tokens: [2_000_000, inputTokens + outputTokens],
    "input-tokens": [1_600_000, inputTokens],
    "output-tokens": [400_000, outputTokens],
  } as const;
  for (const [name, [limit, used]] of Object.entries(limits)) {
    headers[`anthropic-ratelimit-${name}-limit`] = String(limit);
    headers[`anthropic-ratelimit-${name}-remaining`] = String(Math.max(0, limit - used));
    headers[`anthropic-ratelimit-${name}-reset`] = reset;
  }
  return headers;
}

export function jsonResponse(body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { headers: { "request-id": newId("req"), ...headers } });
}
