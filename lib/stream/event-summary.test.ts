import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { completeFixtureStreams } from "@/lib/testing/fixture-streams";
import { RECORDED_DIR } from "@/lib/testing/recorded";
import { EventLog } from "./event-log";
import { summarizeEvent } from "./event-summary";

/** The recorded stream's events as the inspector lists them (the event log's own parse). */
function recorded(name: string) {
  const stream = completeFixtureStreams().find((f) => f.name === name)!;
  const log = new EventLog();
  log.append(stream.sse, 0);
  return log.list().map((event) => summarizeEvent(event.name, event.raw));
}

describe("summarizeEvent: one line per event, for the inspector", () => {
  it("says what a recorded tool call's events carry, not the JSON every event of a type shares", () => {
    const lines = recorded("02_tool_use_stream.sse");
    expect(lines[0]).toBe(
      "msg_019Q1hrJbZG26Fb9BQhrkHEr · claude-sonnet-4-20250514 · input 377, cache write 0, cache read 0, output 1",
    );
    expect(lines).toContain("#0 text");
    expect(lines).toContain('#0 text_delta "\'ll check the current weather in Paris for you."');
    expect(lines).toContain("#1 tool_use get_weather toolu_01NRLabsLyVHZPKxbKvkfSMn");
    expect(lines).toContain('#1 input_json_delta "{\\"locati"');
    expect(lines).toContain("#1");
    expect(lines.at(-2)).toMatch(/^stop_reason tool_use · output \d+$/);
    // Nothing says more than its raw data (a ping, message_stop): its data stands.
    expect(lines.at(-1)).toBe('{"type":"message_stop"}');
    expect(lines.some((line) => line.includes('"type":"content_block_delta"'))).toBe(false);
  });

  it("gives a thinking block's text, the length of its signature and of redacted thinking", () => {
    const thinking = recorded("05_thinking_stream.sse");
    expect(thinking).toContain("#0 thinking");
    expect(thinking.some((line) => /^#0 thinking_delta ".+"$/.test(line))).toBe(true);
    expect(thinking.some((line) => /^#0 signature_delta \d[\d,]* characters$/.test(line))).toBe(true);
    expect(
      recorded("06_redacted_thinking_stream.sse").some((line) =>
        /^#0 redacted_thinking \d[\d,]* characters$/.test(line),
      ),
    ).toBe(true);
  });

  it("shows newlines and quotes in a delta's text as JSON writes them, on one line", () => {
    const raw = JSON.stringify({
      type: "content_block_delta",
      index: 2,
      delta: { type: "text_delta", text: 'a "b"\n\nc' },
    });
    expect(summarizeEvent("content_block_delta", raw)).toBe('#2 text_delta "a \\"b\\"\\n\\nc"');
  });

  it("gives an error event's type and message, and a stop sequence", () => {
    const excerpt = readFileSync(join(RECORDED_DIR, "15_midstream_error_event_excerpt.sse"), "utf8");
    const log = new EventLog();
    log.append(`${excerpt}\n\n`, 0); // the excerpt ends where the connection closed, without the blank line
    const error = log.list().find((event) => event.name === "error")!;
    expect(summarizeEvent(error.name, error.raw)).toBe("api_error: Internal server error");
    const stopped = JSON.stringify({
      type: "message_delta",
      delta: { stop_reason: "stop_sequence", stop_sequence: "END" },
      usage: { output_tokens: 12 },
    });
    expect(summarizeEvent("message_delta", stopped)).toBe('stop_reason stop_sequence ("END") · output 12');
  });

  it("keeps data that is not JSON, and an unknown event's data, as they are", () => {
    expect(summarizeEvent("message", "not json")).toBe("not json");
    expect(summarizeEvent("future_event", '{"type":"future_event","x":1}')).toBe('{"type":"future_event","x":1}');
    expect(
      summarizeEvent(
        "content_block_delta",
        '{"type":"content_block_delta","index":0,"delta":{"type":"new_delta","v":1}}',
      ),
    ).toBe('#0 new_delta {"type":"new_delta","v":1}');
  });
});
