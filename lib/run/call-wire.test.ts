import { describe, expect, it } from "vitest";
import type { LiveBlock, LiveMessage } from "../stream/accumulate";
import { transferables, WireDecoder, WireEncoder } from "./call-wire";
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

  it("sends a block that grew as what it gained, and the page rebuilds the same block, fields in the same order", () => {
    const encoder = new WireEncoder();
    const decoder = new WireDecoder();
    const steps: LiveBlock[][] = [
      [{ type: "thinking", thinking: "Let me", signature: "" } as LiveBlock],
      [{ type: "thinking", thinking: "Let me see", signature: "" } as LiveBlock],
      [{ type: "thinking", thinking: "Let me see.", signature: "sig", complete: true } as LiveBlock, block("A")],
      [
        { type: "thinking", thinking: "Let me see.", signature: "sig", complete: true } as LiveBlock,
        { ...block("A cited"), citations: [{ type: "char_location", cited_text: "x" }] } as unknown as LiveBlock,
      ],
      [
        { type: "thinking", thinking: "Let me see.", signature: "sig", complete: true } as LiveBlock,
        { ...block("A cited"), citations: [{ type: "char_location", cited_text: "x" }] } as unknown as LiveBlock,
        { type: "tool_use", id: "t", name: "f", input: {}, partialJson: '{"a":' } as LiveBlock,
      ],
    ];
    // Each step a new snapshot, as the Snapshotter makes them: changed blocks are new objects, the rest the same.
    let previous: LiveBlock[] = [];
    for (const step of steps) {
      const content = step.map((b, i) => (JSON.stringify(b) === JSON.stringify(previous[i]) ? previous[i] : b));
      previous = content;
      const wire = post(encoder.update({ message: message(content) }));
      const decoded = decoder.update(wire).message!.content;
      expect(JSON.stringify(decoded)).toBe(JSON.stringify(content));
    }
    // The tool's input grows, then the block finishes with its input parsed.
    const grown = { ...previous[2], partialJson: '{"a":1}' } as LiveBlock;
    const grownWire = encoder.update({ message: message([previous[0], previous[1], grown]) });
    expect(grownWire.message!.content).toEqual([null, null, { appended: { partialJson: "1}" }, set: {} }]);
    const done = { ...grown, input: { a: 1 }, complete: true } as LiveBlock;
    const doneWire = post(
      encoder.outcome({
        status: "done",
        totalMs: 1,
        eventCount: 0,
        events: new EventLog(),
        message: message([previous[0], previous[1], done]),
      }),
    );
    decoder.update(post(grownWire));
    const last = decoder.outcome(doneWire).message!.content[2];
    expect(last).toEqual(done);
    expect(Object.isFrozen(last)).toBe(true);
  });

  it("sends a reply's text once over a stream of snapshots, not again at every post", () => {
    const encoder = new WireEncoder();
    const decoder = new WireDecoder();
    let text = "";
    let sent = 0;
    let whole = 0;
    for (let i = 0; i < 200; i++) {
      text += `word ${i} `;
      whole += text.length;
      const wire = post(encoder.update({ message: message([block(text)]) }));
      sent += JSON.stringify(wire.message!.content).length;
      expect(decoder.update(wire).message!.content[0]).toEqual(block(text));
    }
    // Sent whole at each post, the text would cross about a hundred times over.
    expect(sent).toBeLessThan(whole / 10);
  });

  it("sends a block whole when its type changed or a field went", () => {
    const encoder = new WireEncoder();
    const decoder = new WireDecoder();
    decoder.update(post(encoder.update({ message: message([block("Hi")]) })));
    const other = { type: "future_block", data: { x: 1 } } as unknown as LiveBlock;
    const wire = post(encoder.update({ message: message([other]) }));
    expect(wire.message!.content).toEqual([{ whole: other }]);
    expect(decoder.update(wire).message!.content).toEqual([other]);
    const fewer = { type: "future_block" } as unknown as LiveBlock;
    const wire2 = post(encoder.update({ message: message([fewer]) }));
    expect(wire2.message!.content).toEqual([{ whole: fewer }]);
    expect(decoder.update(wire2).message!.content).toEqual([fewer]);
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

  it("moves the stream's bytes to the page rather than copying them, and the page's log reads them as text", () => {
    const encoder = new WireEncoder();
    const decoder = new WireDecoder();
    const sse = [0, 1, 2].map((i) => `event: content_block_delta\ndata: {"i":${i},"t":"é"}\n\n`).join("");
    const bytes = new TextEncoder().encode(sse);
    const cut = bytes.indexOf(0xc3) + 1; // inside the first é
    const first = bytes.slice(0, cut);
    encoder.addText("", 1, first);
    // A view of part of a larger buffer (as a reader may hand out) is copied out, so moving it takes nothing else.
    const shared = new Uint8Array(bytes.length + 8);
    shared.set(bytes.subarray(cut), 4);
    const second = shared.subarray(4, 4 + bytes.length - cut);
    encoder.addText("", 2, second);
    const reply = { type: "update" as const, id: "1", update: encoder.update({ eventCount: 3 }) };
    const moved = transferables(reply);
    expect(moved).toContain(first.buffer);
    expect(moved).not.toContain(shared.buffer);
    const arrived = structuredClone(reply, { transfer: moved });
    expect(first.byteLength).toBe(0); // moved away from the worker
    expect(second.byteLength).toBe(bytes.length - cut); // the shared buffer stays whole
    const update = decoder.update(arrived.update);
    expect(update.events!.list().map((e) => JSON.parse(e.raw))).toEqual([0, 1, 2].map((i) => ({ i, t: "é" })));
    expect(update.events!.saved().text.join("")).toBe(sse);
  });
});
