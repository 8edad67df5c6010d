import { describe, expect, it } from "vitest";
import type { LiveBlock, LiveMessage } from "./accumulate";
import { WireDecoder, WireEncoder } from "./call-wire";
import type { RawEvent } from "./event-log";

const block = (text: string, complete = false): LiveBlock => ({ type: "text", text, citations: null, ...(complete ? { complete } : {}) });
const message = (content: LiveMessage["content"]): LiveMessage => ({
  id: "msg_1",
  model: "m",
  role: "assistant",
  content,
  stop_reason: null,
  stop_sequence: null,
  usage: { input_tokens: 1, output_tokens: 2 },
});
const event = (i: number): RawEvent => ({ name: "content_block_delta", raw: `{"i":${i}}`, at: i });
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

  it("sends each event once, and the page's log holds all of them in order, raw and timed", () => {
    const encoder = new WireEncoder();
    const decoder = new WireDecoder();
    const log = [event(0), event(1), event(2), event(3)];
    log.slice(0, 2).forEach(encoder.add);
    const wire = encoder.update({ eventCount: 2 });
    expect(wire.events.at).toHaveLength(2);
    decoder.update(post(wire));
    log.slice(2).forEach(encoder.add);
    const outcome = decoder.outcome(post(encoder.outcome({ status: "done", totalMs: 5, events: [] })));
    expect(outcome.events).toEqual(log);
    expect(outcome.status).toBe("done");
    expect(encoder.outcome({ status: "done", totalMs: 5, events: [] }).events.at).toHaveLength(0);
  });
});
