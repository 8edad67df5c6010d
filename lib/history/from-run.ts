// Turns a finished call into a history record: what it was sent (its own request and betas, whatever the editor holds
// by then) and its outcome.
import type { RequestBody } from "@/lib/messages/types";
import { toMessage } from "@/lib/stream/accumulate";
import type { CallOutcome } from "@/lib/stream/run-call";
import { findBreakpoints } from "@/lib/usage/cache-breakpoints";
import { runUsage } from "@/lib/usage/run-usage";
import type { CallRecord, CallTags } from "./record";

export interface FinishedCall {
  id: string;
  request: RequestBody;
  betas: readonly string[];
  /** Epoch milliseconds when it was sent. */
  startedAt: number;
  outcome: CallOutcome;
  tags?: CallTags;
}

export function recordFromCall({ id, request, betas, startedAt, outcome, tags }: FinishedCall): CallRecord {
  const message = outcome.message;
  const billed = runUsage(outcome);
  return {
    summary: {
      id,
      startedAt,
      // The requested id, which the catalogue knows; a reply may name a dated snapshot of it.
      model: request.model,
      status: outcome.status,
      httpStatus: outcome.httpStatus,
      requestId: outcome.requestId,
      keySource: outcome.keySource,
      attempts: outcome.attempts,
      stopReason: message?.stop_reason ?? null,
      usage: billed ? { ...billed.usage } : {},
      ...(billed?.outputEstimated ? { outputEstimated: true } : {}),
      firstTokenMs: outcome.firstTokenMs,
      totalMs: outcome.totalMs,
      errorMessage: outcome.error ? `${outcome.error.type}: ${outcome.error.message}` : undefined,
      breakpoints: findBreakpoints(request).length,
      ...(tags ? { tags } : {}),
    },
    details: {
      id,
      request,
      ...(betas.length ? { betas: [...betas] } : {}),
      reply: message ? toMessage(message) : undefined,
      error: outcome.error,
      events: outcome.events.saved(),
    },
  };
}
