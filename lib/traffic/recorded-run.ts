// A recorded call as the transcript's components draw a run: its reply accumulated from its events (as the SDK does)
// or taken whole from its JSON, its events in an event log with their arrival times, and how it ended.
import type { Message, RequestBody } from "@/lib/messages/types";
import type { RunState } from "@/lib/store/run-slice";
import { fromMessage, MessageAccumulator } from "@/lib/stream/accumulate";
import { EventLog } from "@/lib/stream/event-log";
import { eventData } from "./event-data";
import type { RecordedCall } from "./types";

export function recordedRun(call: RecordedCall): RunState {
  const log = new EventLog();
  let message: RunState["message"];
  if (call.response.kind === "events") {
    const accumulator = new MessageAccumulator();
    for (const event of call.response.events) {
      log.append(`${event.text}\n\n`, event.at);
      const data = eventData(event.text);
      try {
        if (data) accumulator.apply(data);
      } catch {
        /* an event out of order: what came before is drawn */
      }
    }
    message = accumulator.message;
  } else if (call.response.kind === "json") {
    const body = call.response.body as Message & { type?: string };
    if (body?.type === "message" && Array.isArray(body.content)) message = fromMessage(body);
  }
  const eventCount = log.list().length;
  const failed = call.errorType !== null && call.errorType !== "client_closed";
  return {
    id: call.id,
    startedAt: call.startedAt,
    status: failed ? "error" : call.complete ? "done" : "stopped",
    request: (call.request ?? {}) as RequestBody,
    betas: call.betas,
    message,
    error: failed
      ? { type: call.errorType ?? "error", message: call.errorMessage ?? "", status: call.status }
      : undefined,
    httpStatus: call.status,
    requestId: call.requestId ?? undefined,
    keySource: call.keySource ?? undefined,
    attempts: call.attempts ?? undefined,
    firstTokenMs: call.firstTokenMs ?? undefined,
    totalMs: call.totalMs ?? 0,
    events: log,
    eventCount,
  };
}
