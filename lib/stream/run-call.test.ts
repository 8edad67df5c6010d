import { describe, expect, it } from "vitest";
import { readRecorded } from "@/lib/testing/recorded";
import type { RawEvent } from "./event-log";
import { runCall, type CallUpdate } from "./run-call";

const STREAM = readRecorded("01_text_stream_basic.sse");
const body = { model: "claude-sonnet-4-5", max_tokens: 64, stream: true, messages: [{ role: "user" as const, content: "Hi" }] };
const answer = (text: string) => async () => new Response(text, { headers: { "content-type": "text/event-stream" } });

describe("runCall", () => {
  it("keeps the event log itself, or hands each event over and keeps none (a worker posts them on)", async () => {
    const kept = await runCall(body, { signal: new AbortController().signal, schedule: (p) => p(), onUpdate: () => {}, fetch: answer(STREAM) });
    const handed: RawEvent[] = [];
    const updates: CallUpdate[] = [];
    const passed = await runCall(body, { signal: new AbortController().signal, schedule: (p) => p(), onUpdate: (u) => updates.push(u), onEvent: (e) => handed.push(e), fetch: answer(STREAM) });

    expect(kept.status).toBe("done");
    expect(passed.status).toBe("done");
    expect(passed.message).toEqual(kept.message);
    expect(passed.events).toEqual([]);
    expect(handed.map((e) => [e.name, e.raw])).toEqual(kept.events.map((e) => [e.name, e.raw]));
    expect(updates.at(-1)!.eventCount).toBe(kept.events.length);
  });

  it("reports a stream that ends without message_stop as incomplete either way", async () => {
    const cut = STREAM.slice(0, STREAM.indexOf("event: message_stop"));
    const outcome = await runCall(body, { signal: new AbortController().signal, schedule: (p) => p(), onUpdate: () => {}, onEvent: () => {}, fetch: answer(cut) });
    expect(outcome.status).toBe("error");
    expect(outcome.error?.message).toMatch(/ended before the message was complete/);
  });
});
