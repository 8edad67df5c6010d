// The recorded real streams, served over real HTTP by a local upstream, accumulate in lib/stream to
// exactly what the official SDK's MessageStream makes of the same bytes.
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaySse, startFakeUpstream, type FakeUpstream } from "@/lib/testing/fake-upstream";
import { toMessage } from "./accumulate";
import {
  citationsStream,
  completeFixtureStreams,
  serverToolStream,
  jsonlToSse,
  midstreamErrorStream,
} from "@/lib/testing/fixture-streams";
import { RECORDED_DIR } from "@/lib/testing/recorded";
import { runCall } from "./run-call";
import { readFileSync } from "node:fs";
import { join } from "node:path";

let upstream: FakeUpstream;
let current = "";
beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => replaySse(res, current));
});
afterAll(() => upstream.close());

const body = { model: "claude-opus-4-6", max_tokens: 1024, messages: [{ role: "user", content: "hi" }], stream: true };
const ours = (sse: string) => {
  current = sse;
  return runCall(body, {
    endpoint: `${upstream.url}/v1/messages`,
    signal: new AbortController().signal,
    onUpdate: () => {},
    schedule: (p) => p(),
  });
};
const sdks = async (sse: string) => {
  current = sse;
  const client = new Anthropic({ apiKey: "test-key", baseURL: upstream.url, maxRetries: 0 });
  const message = await client.messages.stream(body as Anthropic.MessageCreateParamsNonStreaming).finalMessage();
  // `parsed_output` is the SDK's structured-output helper, not part of the API's message.
  const { parsed_output: _parsed, ...rest } = JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
  return rest as unknown as Anthropic.Message;
};

describe("lib/stream accumulation equals the SDK's", () => {
  const fixtures = completeFixtureStreams();
  it("finds the recorded streams", () =>
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        "01_text_stream_basic.sse",
        "02_tool_use_stream.sse",
        "05_thinking_stream.sse",
        "06_redacted_thinking_stream.sse",
        "13_text_stream_payloads.jsonl",
      ]),
    ));

  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const expected = await sdks(fixture.sse);
      const outcome = await ours(fixture.sse);
      expect(outcome.status).toBe("done");
      const actual = toMessage(outcome.message!);
      expect(actual).toEqual(JSON.parse(JSON.stringify(expected)));
      // The parts the transcript shows, named, so a failure says which one differs.
      for (const [index, block] of expected.content.entries()) {
        const mine = actual.content[index] as unknown as Record<string, unknown>;
        if (block.type === "text") expect(mine.text).toBe(block.text);
        if (block.type === "thinking")
          expect([mine.thinking, mine.signature]).toEqual([block.thinking, block.signature]);
        if (block.type === "tool_use") expect(mine.input).toEqual(block.input);
      }
    });
  }

  it("keeps a cited reply's blocks and their citations, in order, as the SDK does", async () => {
    const sse = citationsStream();
    const expected = await sdks(sse);
    const actual = toMessage((await ours(sse)).message!);
    expect(actual).toEqual(JSON.parse(JSON.stringify(expected)));
    const cited = actual.content.filter((block) => block.type === "text" && block.citations?.length);
    expect(
      cited.map((block) => (block as { citations: { cited_text: string }[] }).citations.map((c) => c.cited_text)),
    ).toEqual([["The grass is green. "], ["The sky is blue.", "Blue skies scatter short wavelengths."]]);
  });

  it("parses a streamed server_tool_use's input at its stop, keeps one that came whole, and keeps result blocks", async () => {
    const sse = serverToolStream();
    const expected = await sdks(sse);
    const outcome = await ours(sse);
    const actual = toMessage(outcome.message!);
    expect(actual).toEqual(JSON.parse(JSON.stringify(expected)));
    const content = actual.content as unknown as Record<string, unknown>[];
    expect(content[1]).toMatchObject({ type: "server_tool_use", input: { query: "tide tables Brest" } });
    expect(content[4]).toMatchObject({ type: "server_tool_use", input: { url: "https://tides.example/brest" } });
    expect(content.map((b) => b.type)).toEqual([
      "text",
      "server_tool_use",
      "web_search_tool_result",
      "text",
      "server_tool_use",
      "web_fetch_tool_result",
    ]);
    expect(actual.usage.server_tool_use).toEqual({ web_search_requests: 1, web_fetch_requests: 1 });
  });

  it("reads a stream with only data: lines (fixture 13 as recorded) to the same message", async () => {
    const jsonl = readFileSync(join(RECORDED_DIR, "13_text_stream_payloads.jsonl"), "utf8");
    const expected = await sdks(jsonlToSse(jsonl, true));
    const outcome = await ours(jsonlToSse(jsonl, false));
    expect(toMessage(outcome.message!)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("keeps the partial reply and reports the error of a mid-stream error event, as the SDK throws it", async () => {
    const sse = midstreamErrorStream();
    await expect(sdks(sse)).rejects.toMatchObject({
      error: { error: { type: "api_error", message: "Internal server error" } },
    });
    const outcome = await ours(sse);
    expect(outcome.status).toBe("error");
    // `details: null` names no cause, so the run's error has no `code`.
    expect(outcome.error).toEqual({ type: "api_error", message: "Internal server error" });
    expect((outcome.message!.content[0] as { text: string }).text).toBe(
      "The partial reply, ending d with a replacement character (",
    );
  });
});
