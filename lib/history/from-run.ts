// Turns a finished run from the store into a history record.
import type { RequestBody } from "@/lib/messages/types";
import type { RunState } from "@/lib/store/run-slice";
import { toMessage } from "@/lib/stream/accumulate";
import { findBreakpoints } from "@/lib/usage/cache-breakpoints";
import { runUsage } from "@/lib/usage/run-usage";
import type { CallRecord, CallStatus } from "./record";

export function recordFromRun(run: RunState, request: RequestBody, startedAt: number): CallRecord {
  const message = run.message;
  const billed = runUsage(run);
  return {
    summary: {
      id: run.id,
      startedAt,
      // The requested id, which the catalogue knows; a reply may name a dated snapshot of it.
      model: request.model,
      status: run.status as CallStatus,
      httpStatus: run.httpStatus,
      requestId: run.requestId,
      keySource: run.keySource,
      attempts: run.attempts,
      stopReason: message?.stop_reason ?? null,
      usage: billed ? { ...billed.usage } : {},
      ...(billed?.outputEstimated ? { outputEstimated: true } : {}),
      firstTokenMs: run.firstTokenMs,
      totalMs: run.totalMs,
      errorMessage: run.error ? `${run.error.type}: ${run.error.message}` : undefined,
      breakpoints: findBreakpoints(request).length,
    },
    details: {
      id: run.id,
      request,
      ...(run.betas?.length ? { betas: [...run.betas] } : {}),
      reply: message ? toMessage(message) : undefined,
      error: run.error,
      events: run.events?.saved() ?? { text: [], at: [] },
    },
  };
}
