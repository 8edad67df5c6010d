import { describe, expect, it } from "vitest";
import { MessageAccumulator, toMessage } from "./accumulate";
import { readSseEvents } from "./sse";
import { readRecorded as fixture } from "@/lib/testing/recorded";
import { chunkedStream as chunkedBody } from "@/lib/testing/chunked-stream";

async function accumulate(text: string, chunkSize = 7) {
  const accumulator = new MessageAccumulator();
  const names: string[] = [];
  for await (const event of readSseEvents(chunkedBody(text, chunkSize), 0)) {
    names.push(event.name);
    if (event.data) accumulator.apply(event.data);
  }
  return { accumulator, names };
}

describe("parsing the stream", () => {
  it("reads a recorded text stream into its message, whatever the chunk boundaries", async () => {
    for (const size of [1, 3, 64, 100_000]) {
      const { accumulator, names } = await accumulate(fixture("01_text_stream_basic.sse"), size);
      const message = toMessage(accumulator.message!);
      expect(message.content).toEqual([{ type: "text", text: "Hello there!" }]);
      expect(message.stop_reason).toBe("end_turn");
      expect(message.usage.output_tokens).toBe(6);
      expect(names[0]).toBe("message_start");
      expect(names).toContain("ping");
      expect(names.at(-1)).toBe("message_stop");
    }
  });

  it("keeps multi-byte characters split across chunks intact", async () => {
    const text =
      'event: message_start\ndata: {"type":"message_start","message":{"id":"m","type":"message","role":"assistant","content":[],"model":"x","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}}\n\n' +
      'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n' +
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"héllo 🌍 日本"}}\n\n';
    const { accumulator } = await accumulate(text, 1);
    expect((accumulator.message!.content[0] as { text: string }).text).toBe("héllo 🌍 日本");
  });

  it("joins tool input deltas and parses them only when the block stops", async () => {
    const { accumulator } = await accumulate(fixture("02_tool_use_stream.sse"));
    const message = toMessage(accumulator.message!);
    const tool = message.content.find((b) => b.type === "tool_use") as { input: unknown; name: string };
    expect(tool.name).toBeTruthy();
    expect(typeof tool.input).toBe("object");
    expect(message.stop_reason).toBe("tool_use");
    expect(JSON.stringify(message)).not.toContain("partialJson");
  });

  it("appends thinking and replaces the signature, with padded JSON", async () => {
    const { accumulator } = await accumulate(fixture("05_thinking_stream.sse"));
    const [thinking, text] = toMessage(accumulator.message!).content as {
      type: string;
      thinking?: string;
      signature?: string;
      text?: string;
    }[];
    expect(thinking.type).toBe("thinking");
    expect(thinking.thinking!.length).toBeGreaterThan(10);
    expect(thinking.signature!.length).toBeGreaterThan(10);
    expect(text.type).toBe("text");
  });

  it("keeps what arrived and records the error of a mid-stream failure", async () => {
    const { accumulator } = await accumulate(
      'event: message_start\ndata: {"type":"message_start","message":{"id":"m","type":"message","role":"assistant","content":[],"model":"x","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}}\n\n' +
        'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n' +
        'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Partial"}}\n\n' +
        fixture("15_midstream_error_event_excerpt.sse")
          .split("\n\n")
          .filter((e) => e.startsWith("event: error"))
          .join("\n\n") +
        "\n\n",
    );
    expect((accumulator.message!.content[0] as { text: string }).text).toBe("Partial");
    expect(accumulator.error?.error).toMatchObject({ type: "api_error", message: "Internal server error" });
  });
});
