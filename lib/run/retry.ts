// When a call of a batch is worth sending again: refused for now (429, 529) before anything streamed, and not yet sent
// MAX_ATTEMPTS times. The wait is the upstream's (`retry-after`), else a doubling backoff. Pure: the stream worker's
// pool and the page's decide with the same rule.
import type { CallOutcome } from "@/lib/stream/run-call";

/** Sent at most this many times in all: past it, the 429 or 529 is the call's result. */
export const MAX_ATTEMPTS = 6;
const BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

/** What the rule reads of an outcome (a call's, or the wire's copy of it). */
export type RetryFacts = Pick<CallOutcome, "status" | "httpStatus" | "retryAfterMs"> & { message?: unknown };

/** The wait before another try, or undefined when this outcome is the call's result. */
export function retryWait(outcome: RetryFacts, attempt: number): number | undefined {
  const refused = outcome.status === "error" && (outcome.httpStatus === 429 || outcome.httpStatus === 529);
  if (!refused || outcome.message || attempt >= MAX_ATTEMPTS) return undefined;
  return outcome.retryAfterMs ?? Math.min(MAX_BACKOFF_MS, BACKOFF_MS * 2 ** (attempt - 1));
}
