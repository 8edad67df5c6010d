import { describe, expect, it } from "vitest";
import type { LiveBlock, LiveMessage } from "../stream/accumulate";
import { WireDecoder, WireEncoder } from "./call-wire";
import { EventLog, type RawEvent } from "../stream/event-log";

const block = (text: string, complete = false): LiveBlock => ({
  type: "text",
  text,
  citations: null,
  ...(complete ? { complete } : {}),
});
const message = (content: LiveMessage["content"]): LiveMessage => ({
  id: "msg_1",
  model: "m",
  role: "assistant",
  content,
  stop_reason: null,
  stop_sequence: null,
  usage: { input_tokens: 1, output_tokens: 2 },
});
const event = (i: number, at: number): RawEvent => ({ name: "content_block_delta", raw: `{"i":${i}}`, at });
/** What postMessage does to a value: a structured clone. */
const post = <T>(value: T): T => structuredClone(value);

describe("the stream worker's wire", () => {
  it("sends each changed block once, and the page keeps the objects of blocks that did not change", () => {
    const encoder = new WireEncoder();
    const decoder = new WireDecoder();
    const first = block("Thinking done", true);
    const one = decoder.update(post(encoder.update({ message: message([first, block("Hel")]) })));
    const two = decoder.update(post(encoder.update({ message: message([first, block("Hello")]) })));
    expect(two.message!.content[0]).toBe(one.message!.content[0]);
    expect(Object.isFrozen(two.message!.content[0])).toBe(true);
    expect(two.message!.content[1]).toEqual(block("Hello"));
    expect(two.message!.content[1]).not.toBe(one.message!.content[1]);
    expect(two.message!.usage).toEqual({ input_tokens: 1, output_tokens: 2 });
  });

  it("sends the stream's text once, and the page's log holds every event in order, raw and timed", () => {
    const encoder = new WireEncoder();
    const decoder = new WireDecoder();
    const sse = [0, 1, 2, 3].map((i) => `event: content_block_delta\ndata: {"i":${i}}\n\n`).join("");
    // Chunks that cut events anywhere, as the network does.
    encoder.addText(sse.slice(0, 30), 1);
    encoder.addText(sse.slice(30, 100), 2);
    const wire = encoder.update({ eventCount: 2 });
    expect(wire.text.text).toHaveLength(2);
    expect(decoder.update(post(wire)).events!.count).toBe(2);
    encoder.addText(sse.slice(100), 3);
    const outcome = decoder.outcome(
      post(encoder.outcome({ status: "done", totalMs: 5, events: new EventLog(), eventCount: 4 })),
    );
    expect(outcome.status).toBe("done");
    expect(outcome.events.count).toBe(4);
    expect(outcome.events.list()).toEqual([event(0, 2), event(1, 2), event(2, 3), event(3, 3)]);
    expect(
      encoder.outcome({ status: "done", totalMs: 5, events: new EventLog(), eventCount: 4 }).text.text,
    ).toHaveLength(0);
  });
});
