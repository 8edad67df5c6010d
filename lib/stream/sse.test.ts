import { describe, expect, it } from "vitest";
import { readSseEventBatches, readSseEvents } from "./sse";
import { chunkedStream as streamOf } from "@/lib/testing/chunked-stream";

describe("readSseEvents", () => {
  const sse =
    'event: content_block_delta\ndata: {"type":"content_block_delta","delta":{"text":"héllo 🌍"}   }\n\n: comment\n\ndata: {"type": "ping"}\n\nevent: message_stop\ndata: {"type":"message_stop"}\n\nevent: cut\ndata: {"type":"cut"';
  for (const size of [1, 3, 7, 1000]) {
    it(`parses events split into ${size}-byte chunks, multi-byte characters intact, an unfinished last event dropped`, async () => {
      const events = [];
      for await (const event of readSseEvents(streamOf(new TextEncoder().encode(sse), size), 0, () => 5))
        events.push(event);
      expect(events.map((e) => e.name)).toEqual(["content_block_delta", "ping", "message_stop"]);
      expect((events[0].data as unknown as { delta: { text: string } }).delta.text).toBe("héllo 🌍");
      expect(events[1].raw).toBe('{"type": "ping"}');
      expect(events.every((e) => e.at === 5)).toBe(true);
    });
  }

  it("hands over every byte of the stream with the text decoded from it, even a chunk that holds part of a character", async () => {
    const bytes = new TextEncoder().encode(sse);
    const handed: Uint8Array[] = [];
    let text = "";
    for await (const _ of readSseEventBatches(
      streamOf(bytes, 1),
      0,
      () => 5,
      (t, _at, b) => {
        text += t;
        if (b) handed.push(b);
      },
    ));
    expect(text).toBe(sse);
    expect(handed.length).toBe(bytes.length);
    expect(Buffer.concat(handed).equals(Buffer.from(bytes))).toBe(true);
  });
});
