import { describe, expect, it } from "vitest";
import type { RequestBody } from "@/lib/messages/types";
import { EventLog } from "@/lib/stream/event-log";
import type { CallOutcome } from "@/lib/stream/run-call";
import { recordFromCall } from "./from-run";

/** An outcome as a call ends with one: its own (empty) event log unless given, and its total time. */
const ended = (outcome: Partial<CallOutcome> & Pick<CallOutcome, "status">): CallOutcome => ({
  totalMs: 0,
  events: new EventLog(),
  eventCount: 0,
  ...outcome,
});
type Run = Partial<CallOutcome> & Pick<CallOutcome, "status"> & { id: string; betas?: string[] };
const recordFromRun = ({ id, betas = [], ...outcome }: Run, request: RequestBody, startedAt: number) =>
  recordFromCall({ id, request, betas, startedAt, outcome: ended(outcome) });
import { recordedEvents } from "./record";

describe("recordFromCall", () => {
  it("keeps the sent request, the reply as a Message, the usage and the timings", () => {
    const request = {
      model: "claude-opus-4-6",
      max_tokens: 64,
      system: [{ type: "text", text: "Be brief.", cache_control: { type: "ephemeral" } }],
      messages: [{ role: "user", content: "Hi" }],
    };
    const run: Run = {
      id: "r1",
      status: "done",
      httpStatus: 200,
      requestId: "req_1",
      keySource: "server",
      attempts: 2,
      firstTokenMs: 120,
      totalMs: 900,
      message: {
        id: "msg_1",
        model: "claude-opus-4-6",
        role: "assistant",
        stop_reason: "end_turn",
        stop_sequence: null,
        content: [{ type: "text", text: "Hello", citations: null, complete: true }],
        usage: { input_tokens: 3, output_tokens: 5, cache_creation_input_tokens: 10, cache_read_input_tokens: 0 },
      },
      events: EventLog.from({ text: ['event: message_stop\ndata: {"type":"message_stop"}\n\n'], at: [900] }),
    };
    const { summary, details } = recordFromRun(run, request, 1234);
    expect(summary).toMatchObject({
      id: "r1",
      startedAt: 1234,
      model: "claude-opus-4-6",
      status: "done",
      httpStatus: 200,
      requestId: "req_1",
      keySource: "server",
      attempts: 2,
      stopReason: "end_turn",
      firstTokenMs: 120,
      totalMs: 900,
      breakpoints: 1,
      usage: { input_tokens: 3, output_tokens: 5, cache_creation_input_tokens: 10 },
    });
    expect(details.request).toBe(request);
    expect(details).not.toHaveProperty("betas");
    expect(recordFromRun({ ...run, betas: ["message-threads-2026-08-12"] }, request, 1).details.betas).toEqual([
      "message-threads-2026-08-12",
    ]);
    expect(details.reply).toMatchObject({ type: "message", content: [{ type: "text", text: "Hello" }] });
    expect((details.reply as { content: object[] }).content[0]).not.toHaveProperty("complete");
    expect(recordedEvents(details)).toEqual([{ name: "message_stop", at: 900, raw: '{"type":"message_stop"}' }]);
  });

  it("records a call that failed before any reply, with its error and no usage", () => {
    const run: Run = {
      id: "r2",
      status: "error",
      httpStatus: 400,
      error: { type: "invalid_request_error", message: "max_tokens: too large", status: 400 },
    };
    const { summary, details } = recordFromRun(run, { model: "m", max_tokens: 1, messages: [] }, 5);
    expect(summary).toMatchObject({
      status: "error",
      usage: {},
      stopReason: null,
      errorMessage: "invalid_request_error: max_tokens: too large",
    });
    expect(details.reply).toBeUndefined();
    expect(recordedEvents(details)).toEqual([]);
  });

  it("records a stopped stream's output as the estimate of what arrived, marked as one; the reply keeps what the API said", () => {
    const run: Run = {
      id: "r3",
      status: "stopped",
      live: { outputTokens: 99, estimated: true, elapsedMs: 1200 },
      message: {
        id: "msg_3",
        model: "claude-opus-4-6",
        role: "assistant",
        stop_reason: null,
        stop_sequence: null,
        content: [{ type: "text", text: "x".repeat(396), citations: null }],
        // message_start's placeholder: the real count comes with message_delta, which never arrived
        usage: { input_tokens: 20, output_tokens: 1 },
      },
    };
    const { summary, details } = recordFromRun(run, { model: "claude-opus-4-6", max_tokens: 600, messages: [] }, 7);
    expect(summary.usage).toMatchObject({ input_tokens: 20, output_tokens: 99 });
    expect(summary.outputEstimated).toBe(true);
    expect((details.reply as { usage: { output_tokens: number } }).usage.output_tokens).toBe(1);
  });

  it("does not estimate once the API reported the output tokens, even if the stream was cut after that", () => {
    const run: Run = {
      id: "r4",
      status: "error",
      live: { outputTokens: 40, estimated: false, elapsedMs: 800 },
      message: {
        id: "msg_4",
        model: "claude-opus-4-6",
        role: "assistant",
        stop_reason: "end_turn",
        stop_sequence: null,
        content: [{ type: "text", text: "done", citations: null }],
        usage: { input_tokens: 20, output_tokens: 40 },
      },
    };
    const { summary } = recordFromRun(run, { model: "claude-opus-4-6", max_tokens: 600, messages: [] }, 7);
    expect(summary.usage.output_tokens).toBe(40);
    expect(summary).not.toHaveProperty("outputEstimated");
  });
});
