import { describe, expect, it } from "vitest";
import { readRecorded, recordedNames } from "@/lib/testing/recorded";
import { parseEventData } from "./event-data";

const datas = (sse: string) => [...sse.matchAll(/^data: ?(.*)$/gm)].map((m) => m[1]).filter((d) => d.startsWith("{"));

describe("parseEventData", () => {
  it("reads every event of the recorded streams exactly as JSON.parse does", () => {
    const all = recordedNames(".sse").flatMap((name) => datas(readRecorded(name)));
    expect(all.length).toBeGreaterThan(20);
    for (const raw of all) expect(parseEventData(raw)).toEqual(JSON.parse(raw));
  });

  it("agrees with JSON.parse on text deltas with escapes, quotes, non-ASCII text and other shapes", () => {
    const texts = [
      "Hello",
      "",
      " ",
      "héllo 👋",
      'say "hi"',
      "back\\slash",
      "line\nbreak",
      "tab\t",
      "\u0001",
      "}}",
      '"}}',
      "\\u0041",
      "</script>",
    ];
    for (const text of texts) {
      const raw = JSON.stringify({ type: "content_block_delta", index: 12, delta: { type: "text_delta", text } });
      expect(parseEventData(raw)).toEqual(JSON.parse(raw));
    }
    const others = [
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"},"extra":{"b":"c"}}',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a","citations":[]}}',
      '{"index":0,"type":"content_block_delta","delta":{"type":"text_delta","text":"reordered"}}',
      '{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\\"a\\": 1}"}}',
      '{"type":"content_block_delta","index":2,"delta":{"type":"thinking_delta","thinking":"hmm"}}',
      '{"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":5}}',
    ];
    for (const raw of others) expect(parseEventData(raw)).toEqual(JSON.parse(raw));
  });

  it("refuses what JSON.parse refuses, rather than reading it as text", () => {
    const invalid = [
      '{"type":"content_block_delta","index":,"delta":{"type":"text_delta","text":"a"}}',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"raw\ncontrol"}}',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"b"}}',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"}}',
    ];
    for (const raw of invalid) {
      expect(() => JSON.parse(raw)).toThrow();
      expect(() => parseEventData(raw)).toThrow();
    }
  });
});
