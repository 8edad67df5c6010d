import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSimulator } from "@/lib/simulator/handler";
import { INSTANT_PACING } from "@/lib/simulator/pacing";
import { RECORDED_DIR } from "@/lib/testing/recorded";
import { checkStreamGrammar, parseSseText, type GrammarEvent } from "./stream-grammar";

const FIXTURES = RECORDED_DIR;
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

describe("stream grammar: the recorded real streams", () => {
  const complete = readdirSync(FIXTURES).filter((f) => f.endsWith(".sse") && !f.includes("excerpt"));

  it("finds the recorded streams", () => {
    expect(complete.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of complete) {
    it(`${name} is a complete, valid stream`, () => {
      const result = checkStreamGrammar(parseSseText(fixture(name)));
      expect(result.violations).toEqual([]);
      expect(result.ending).toBe("message_stop");
    });
  }

  it("15_midstream_error_event_excerpt.sse ends with an error event (checked as an excerpt)", () => {
    const result = checkStreamGrammar(parseSseText(fixture("15_midstream_error_event_excerpt.sse")), { excerpt: true });
    expect(result.violations).toEqual([]);
    expect(result.ending).toBe("error");
  });

  it("13_text_stream_payloads.jsonl, wrapped as data-only lines, is a valid stream", () => {
    const lines = fixture("13_text_stream_payloads.jsonl").split("\n").filter(Boolean);
    const sse = lines.map((line) => `data: ${line}\n\n`).join("");
    const result = checkStreamGrammar(parseSseText(sse));
    expect(result.violations).toEqual([]);
    expect(result.ending).toBe("message_stop");
    expect(result.blocks).toEqual(["text"]);
  });

  it("sees the block types of the recorded streams", () => {
    expect(checkStreamGrammar(parseSseText(fixture("02_tool_use_stream.sse"))).blocks).toEqual(["text", "tool_use"]);
    expect(checkStreamGrammar(parseSseText(fixture("05_thinking_stream.sse"))).blocks).toEqual(["thinking", "text"]);
    expect(checkStreamGrammar(parseSseText(fixture("06_redacted_thinking_stream.sse"))).blocks[0]).toBe(
      "redacted_thinking",
    );
  });
});

describe("stream grammar: it rejects what the API never sends", () => {
  const events = () => parseSseText(fixture("02_tool_use_stream.sse"));
  const check = (mutate: (e: GrammarEvent[]) => GrammarEvent[]) => checkStreamGrammar(mutate(events()));
  const data = (e: GrammarEvent) => e.data as Record<string, unknown>;

  it("a delta before message_start", () => {
    expect(check((e) => e.slice(1)).violations[0]).toMatch(/before message_start/);
  });
  it("a skipped block index", () => {
    expect(
      check((e) =>
        e.map((x) =>
          data(x).type === "content_block_start" && data(x).index === 1 ? { ...x, data: { ...data(x), index: 2 } } : x,
        ),
      ).violations.join(),
    ).toMatch(/index 2, expected 1/);
  });
  it("a delta type that does not fit the block", () => {
    const bad = (x: GrammarEvent) => ({ ...x, data: { ...data(x), delta: { type: "thinking_delta", thinking: "x" } } });
    expect(check((e) => e.map((x, i) => (i === 4 ? bad(x) : x))).violations.join()).toMatch(
      /thinking_delta in a text block/,
    );
  });
  it("an event line that differs from data.type", () => {
    expect(check((e) => e.map((x, i) => (i === 0 ? { ...x, name: "message_delta" } : x))).violations[0]).toMatch(
      /differs from data.type/,
    );
  });
  it("a stream cut off before message_stop", () => {
    expect(check((e) => e.slice(0, -2)).ending).toBe("truncated");
  });
  it("tool input that is not valid JSON when its block stops", () => {
    const broken = (x: GrammarEvent) => ({
      ...x,
      data: { ...data(x), delta: { type: "input_json_delta", partial_json: "{oops" } },
    });
    expect(
      check((e) =>
        e.map((x) => ((data(x).delta as { partial_json?: string })?.partial_json === 'is"}' ? broken(x) : x)),
      ).violations.join(),
    ).toMatch(/not valid JSON/);
  });
  it("thinking after the signature", () => {
    const thinking = parseSseText(fixture("05_thinking_stream.sse"));
    const sig = thinking.findIndex((x) => (data(x).delta as { type?: string })?.type === "signature_delta");
    const moved = [...thinking.slice(0, sig - 1), thinking[sig], thinking[sig - 1], ...thinking.slice(sig + 1)];
    expect(checkStreamGrammar(moved).violations.join()).toMatch(/after signature_delta/);
  });
  it("a block left open at a natural end of turn", () => {
    expect(
      check((e) => e.filter((x) => !(data(x).type === "content_block_stop" && data(x).index === 1))).violations.join(),
    ).toMatch(/while block 1 is open/);
  });
});

describe("stream grammar: the simulator's streams", () => {
  const simulator = createSimulator({ pacing: INSTANT_PACING });
  const stream = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await simulator(
      new Request("http://sim/v1/messages", {
        method: "POST",
        headers,
        body: JSON.stringify({ max_tokens: 2048, stream: true, ...body }),
      }),
    );
    expect(response.status).toBe(200);
    return parseSseText(await response.text());
  };
  const ask = (content: string) => [{ role: "user", content }];
  const weather = {
    name: "get_weather",
    input_schema: {
      type: "object",
      properties: { location: { type: "string" }, days: { type: "integer", minimum: 1, maximum: 7 } },
      required: ["location", "days"],
    },
  };

  const cases: Array<[string, Record<string, unknown>, string[], Record<string, string>?]> = [
    ["text", { model: "claude-opus-4-6", messages: ask("Explain prompt caching.") }, ["text"]],
    [
      "tool use (auto, asked by name)",
      { model: "claude-opus-4-6", tools: [weather], messages: ask("Use get_weather for Paris.") },
      ["text", "tool_use"],
    ],
    [
      "tool use (forced)",
      { model: "claude-opus-4-5", tools: [weather], tool_choice: { type: "any" }, messages: ask("Paris?") },
      ["tool_use"],
    ],
    [
      "manual thinking",
      {
        model: "claude-opus-4-5",
        thinking: { type: "enabled", budget_tokens: 1024 },
        messages: ask("Why is the sky blue?"),
      },
      ["thinking", "text"],
    ],
    [
      "adaptive thinking, omitted display",
      { model: "claude-opus-4-8", thinking: { type: "adaptive" }, messages: ask("Why?") },
      ["thinking", "text"],
    ],
    [
      "redacted thinking (fault)",
      { model: "claude-sonnet-4-6", thinking: { type: "adaptive" }, messages: ask("Why?") },
      ["redacted_thinking", "text"],
      { "x-simulator-fault": "redacted-thinking" },
    ],
  ];
  for (const [name, body, blocks, headers] of cases) {
    it(`${name}: valid and complete`, async () => {
      const result = checkStreamGrammar(await stream(body, headers));
      expect(result.violations).toEqual([]);
      expect(result.ending).toBe("message_stop");
      expect(result.blocks).toEqual(blocks);
    });
  }

  it("max_tokens inside a tool input: valid, the tool block left open, stop_reason max_tokens", async () => {
    const events = await stream({
      model: "claude-opus-4-5",
      tools: [weather],
      tool_choice: { type: "tool", name: "get_weather" },
      max_tokens: 5,
      messages: ask("Paris"),
    });
    const result = checkStreamGrammar(events);
    expect(result.violations).toEqual([]);
    expect(result.ending).toBe("message_stop");
    const types = events.map((e) => (e.data as { type: string }).type);
    expect(types).not.toContain("content_block_stop");
    const delta = events.find((e) => (e.data as { type: string }).type === "message_delta")!.data as {
      delta: { stop_reason: string };
    };
    expect(delta.delta.stop_reason).toBe("max_tokens");
  });

  it("error mid-stream (fault): deltas, then an error event, then nothing", async () => {
    const result = checkStreamGrammar(
      await stream({ model: "claude-opus-4-6", messages: ask("Hello") }, { "x-simulator-fault": "error-mid-stream" }),
    );
    expect(result.violations).toEqual([]);
    expect(result.ending).toBe("error");
  });
});
