import { describe, expect, it } from "vitest";
import { EventLog, packEvents, unpackEvents } from "./event-log";

describe("packed event logs", () => {
  it("give back every event, names, data and times, including empty and multi-line data and non-ASCII text", () => {
    const events = [
      { name: "message_start", raw: '{"type":"message_start"}', at: 12.5 },
      { name: "ping", raw: "", at: 13 },
      { name: "content_block_delta", raw: '{"text":"héllo 👋\\n"}\nsecond line', at: 20.25 },
      { name: "", raw: "x", at: 0 },
    ];
    const packed = structuredClone(packEvents(events));
    expect(unpackEvents(packed)).toEqual(events);
  });

  it("pack an empty log", () => {
    expect(unpackEvents(packEvents([]))).toEqual([]);
  });
});

describe("EventLog (the stream's text as it arrived)", () => {
  const SSE =
    'event: message_start\r\ndata: {"type":"message_start"}\r\n\r\ndata: {"type":"ping"}\n\n: a comment\nevent: content_block_delta\ndata: {"text":"héllo 👋"}\ndata: second line\n\n';

  it("parses its events on demand, named, raw and timed by the chunk that completed them, and only new text after that", () => {
    const log = new EventLog();
    log.append(SSE.slice(0, 40), 5);
    expect(log.list()).toEqual([]);
    log.append(SSE.slice(40, 90), 7.5);
    const first = log.list();
    expect(first).toEqual([
      { name: "message_start", raw: '{"type":"message_start"}', at: 7.5 },
      { name: "ping", raw: '{"type":"ping"}', at: 7.5 },
    ]);
    log.append(SSE.slice(90), 9);
    expect(log.list()).toBe(first); // the same list, grown: earlier text is not parsed again
    expect(first[2]).toEqual({ name: "content_block_delta", raw: '{"text":"héllo 👋"}\nsecond line', at: 9 });
  });

  it("is saved as its text and times, and made again from them (a structured clone, as storage does)", () => {
    const log = new EventLog();
    log.append(SSE.slice(0, 50), 1);
    log.append(SSE.slice(50), 2);
    const again = EventLog.from(structuredClone(log.saved()));
    expect(again.list()).toEqual(log.list());
    expect(again.count).toBe(3);
  });

  it("keeps chunks as the bytes they came in, a character cut between two of them, and reads and saves the same text", () => {
    const bytes = new TextEncoder().encode(SSE);
    // Cut inside the emoji (four bytes) and the é (two), and a chunk that holds only part of a character.
    const emoji = bytes.indexOf(0xf0);
    const cuts = [0, 30, emoji + 1, emoji + 2, emoji + 3, bytes.length];
    const fromBytes = new EventLog();
    const fromText = new EventLog();
    for (let i = 0; i + 1 < cuts.length; i++) fromBytes.append(bytes.slice(cuts[i], cuts[i + 1]), i);
    fromText.append(SSE, 4);
    expect(fromBytes.list().map(({ name, raw }) => ({ name, raw }))).toEqual(
      fromText.list().map(({ name, raw }) => ({ name, raw })),
    );
    expect(fromBytes.saved().text.join("")).toBe(SSE);
    expect(fromBytes.saved().text).toHaveLength(cuts.length - 1);
    expect(EventLog.from(structuredClone(fromBytes.saved())).list()).toEqual(fromBytes.list());
  });

  it("after bytes, takes a text chunk as the reader's end of them, not twice", () => {
    const log = new EventLog();
    const bytes = new TextEncoder().encode('data: {"text":"a"}\n\ndata: {"text":"\u00e9');
    // The stream ended inside the é: the reader's decoder gave a replacement character for its first byte.
    log.append(bytes.slice(0, bytes.length - 1), 1);
    log.append("\ufffd", 2);
    expect(log.saved().text.join("")).toBe('data: {"text":"a"}\n\ndata: {"text":"\ufffd');
    expect(log.list()).toHaveLength(1);
  });
});
