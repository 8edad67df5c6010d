import "server-only";
import { requestedWaitMs } from "@/lib/messages/retry-after";

export { requestedWaitMs };

/** A retry-after longer than this is not waited for: the user sees the error and decides. */
export const MAX_RETRY_WAIT_MS = 60_000;
const MAX_BACKOFF_MS = 8_000;

/** Statuses worth another attempt, as the official SDK retries them. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * How long to wait before retry number `retry` (1-based) after a failed attempt, or undefined when the
 * failure should reach the user instead. `headers` is undefined for a failure without a response
 * (connection refused or reset, timeout).
 */
export function retryDelayMs(
  retry: number,
  maxRetries: number,
  baseMs: number,
  failure: { status?: number; headers?: Headers },
  random: () => number = Math.random,
): number | undefined {
  if (retry > maxRetries) return undefined;
  const headers = failure.headers;
  const should = headers?.get("x-should-retry");
  if (should === "false") return undefined;
  if (failure.status !== undefined && should !== "true" && !isRetryableStatus(failure.status)) return undefined;
  const asked = headers && requestedWaitMs(headers);
  if (asked !== undefined) return asked <= MAX_RETRY_WAIT_MS ? asked : undefined;
  const backoff = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** (retry - 1));
  return backoff * (1 - 0.25 * random()); // jitter, so clients that failed together do not return together
}
