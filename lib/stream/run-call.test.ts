import { describe, expect, it } from "vitest";
import { readRecorded } from "@/lib/testing/recorded";
import { EventLog } from "./event-log";
import { runCall, type CallUpdate } from "./run-call";

const STREAM = readRecorded("01_text_stream_basic.sse");
const body = {
  model: "claude-opus-4-6",
  max_tokens: 64,
  stream: true,
  messages: [{ role: "user" as const, content: "Hi" }],
};
const answer = (text: string) => async () => new Response(text, { headers: { "content-type": "text/event-stream" } });

describe("runCall", () => {
  it("keeps the stream's text as its event log, or hands it over and keeps none (a worker posts it on)", async () => {
    const kept = await runCall(body, {
      signal: new AbortController().signal,
      schedule: (p) => p(),
      onUpdate: () => {},
      fetch: answer(STREAM),
    });
    const handed = new EventLog();
    const updates: CallUpdate[] = [];
    const passed = await runCall(body, {
      signal: new AbortController().signal,
      schedule: (p) => p(),
      onUpdate: (u) => updates.push(u),
      onText: (text, at) => handed.append(text, at),
      fetch: answer(STREAM),
    });

    expect(kept.status).toBe("done");
    expect(passed.status).toBe("done");
    expect(passed.message).toEqual(kept.message);
    expect(passed.events.list()).toEqual([]);
    // The log parses into the events the stream had, named and in order, as many as counted while reading.
    const names = [...STREAM.matchAll(/^event: (.+)$/gm)].map((m) => m[1]);
    expect(kept.events.list().map((e) => e.name)).toEqual(names);
    expect(kept.events.count).toBe(names.length);
    expect(handed.list().map((e) => [e.name, e.raw])).toEqual(kept.events.list().map((e) => [e.name, e.raw]));
    expect(updates.at(-1)!.eventCount).toBe(names.length);
    expect(passed.eventCount).toBe(names.length);
  });

  it("sends no update the outcome would repeat: none as the call ends, none after it", async () => {
    // The whole stream in one read, and the frame's publish still waiting when the call ends (a batch's short call).
    const waiting: (() => void)[] = [];
    const updates: CallUpdate[] = [];
    const outcome = await runCall(body, {
      signal: new AbortController().signal,
      schedule: (publish) => waiting.push(publish),
      onUpdate: (u) => updates.push(u),
      fetch: answer(STREAM),
    });
    expect(outcome.status).toBe("done");
    expect(outcome.message?.content.length).toBeGreaterThan(0);
    for (const publish of waiting) publish();
    expect(updates).toEqual([]);
  });

  it("reports a stream that ends without message_stop as incomplete either way", async () => {
    const cut = STREAM.slice(0, STREAM.indexOf("event: message_stop"));
    const outcome = await runCall(body, {
      signal: new AbortController().signal,
      schedule: (p) => p(),
      onUpdate: () => {},
      onText: () => {},
      fetch: answer(cut),
    });
    expect(outcome.status).toBe("error");
    expect(outcome.error?.message).toMatch(/ended before the message was complete/);
  });

  it("takes a non-streaming reply whole: its blocks complete, its output the API's count, a body that is no Message an error", async () => {
    const message = {
      id: "msg_1",
      type: "message",
      role: "assistant",
      model: "claude-fable-5-1",
      stop_reason: "end_turn",
      stop_sequence: null,
      content: [
        { type: "thinking", thinking: "", signature: "sig" },
        { type: "text", text: "Hello" },
      ],
      usage: { input_tokens: 8, output_tokens: 42 },
    };
    const json = (value: unknown) => async () =>
      new Response(JSON.stringify(value), { headers: { "content-type": "application/json" } });
    const options = { signal: new AbortController().signal, schedule: (p: () => void) => p(), onUpdate: () => {} };
    const outcome = await runCall({ ...body, stream: false }, { ...options, fetch: json(message) });
    expect(outcome.status).toBe("done");
    expect(outcome.message!.content.map((block) => block.complete)).toEqual([true, true]);
    expect(outcome.live).toMatchObject({ outputTokens: 42, estimated: false });
    const odd = await runCall({ ...body, stream: false }, { ...options, fetch: json({ hello: "world" }) });
    expect(odd).toMatchObject({
      status: "error",
      error: { message: "The reply could not be read: it is not a Message" },
    });
  });

  it("reads an error's type, words, status and error code, from an HTTP error and from a mid-stream error event", async () => {
    const options = { signal: new AbortController().signal, schedule: (p: () => void) => p(), onUpdate: () => {} };
    const coded = {
      type: "error",
      error: { type: "not_found_error", message: "No thread", details: { error_code: "thread_not_found" } },
      request_id: "req_1",
    };
    const http = await runCall(body, {
      ...options,
      fetch: async () => new Response(JSON.stringify(coded), { status: 404 }),
    });
    expect(http.error).toEqual({
      type: "not_found_error",
      message: "No thread",
      status: 404,
      code: "thread_not_found",
    });

    const midStream = `${STREAM.slice(0, STREAM.indexOf("event: content_block_stop"))}event: error\ndata: ${JSON.stringify(
      {
        ...coded,
        error: { type: "overloaded_error", message: "Overloaded", details: { error_code: "compaction_unavailable" } },
      },
    )}\n\n`;
    const streamed = await runCall(body, { ...options, fetch: answer(midStream) });
    expect(streamed.error).toEqual({ type: "overloaded_error", message: "Overloaded", code: "compaction_unavailable" });
  });
});
