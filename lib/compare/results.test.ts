import { describe, expect, it } from "vitest";
import { parseDelimited } from "@/lib/test-cases/delimited";
import type { Message } from "@/lib/messages/types";
import type { Batch, BatchCall } from "@/lib/store/batch-slice";
import { DEFAULT_REQUEST } from "@/lib/store/request-slice";
import { cellStats, columnCalls, figures, resultsCsv, resultsJson, rowCalls } from "./results";

const reply = (text: string, tools: string[] = []): Message =>
  ({
    id: "m",
    type: "message",
    role: "assistant",
    model: "claude-opus-4-6",
    stop_reason: tools.length ? "tool_use" : "end_turn",
    stop_sequence: null,
    content: [
      ...(text ? [{ type: "text", text, citations: null }] : []),
      ...tools.map((name, i) => ({ type: "tool_use", id: `t${i}`, name, input: { city: "Paris" } })),
    ],
    usage: { input_tokens: 10, output_tokens: 5 },
  }) as unknown as Message;

const done = (text: string, totalMs: number, more: Partial<BatchCall> = {}): BatchCall => ({
  status: "done",
  attempts: 1,
  message: reply(text),
  usage: { input_tokens: 10, output_tokens: 5, cache_read_input_tokens: 2 },
  costUsd: 0.001,
  totalMs,
  firstTokenMs: 50,
  ...more,
});

describe("cellStats", () => {
  it("counts distinct replies, the latency's spread, the sums, and each tool's calls over the repeats", () => {
    const stats = cellStats([
      done("Sunny", 300),
      done("Sunny ", 100),
      done("", 200, { message: reply("", ["get_weather", "get_weather"]) }),
      done("", 500, { message: reply("Let me check", ["get_time"]), costUsd: null }),
      { status: "error", attempts: 1, error: { type: "overloaded_error", message: "busy" }, totalMs: 9, costUsd: 0 },
      { status: "streaming", attempts: 1 },
    ]);
    expect(stats).toMatchObject({
      calls: 5,
      errors: 1,
      distinct: 3,
      latency: { min: 100, median: 200, max: 500 },
      inputTokens: 48,
      outputTokens: 20,
      unknownCost: 1,
      tools: { get_weather: 2, get_time: 1 },
    });
    expect(stats.costUsd).toBeCloseTo(0.003, 10);
  });

  it("has no latency before a call has ended", () => {
    expect(cellStats([{ status: "queued", attempts: 0 }])).toMatchObject({ calls: 0, distinct: 0, latency: undefined });
  });
});

const batch = (): Batch => ({
  id: "b1",
  number: 3,
  startedAt: 0,
  status: "done",
  variants: [
    { id: "v1", name: "", request: DEFAULT_REQUEST, betas: [] },
    { id: "v2", name: "Haiku", request: { ...DEFAULT_REQUEST, model: "claude-haiku-4-5" }, betas: [] },
  ],
  testCases: [
    { id: "c1", values: { topic: "tides" } },
    { id: "c2", values: { topic: "=HYPERLINK()" } },
  ],
  values: {},
  repeats: 1,
  cells: {
    "0:0": [done("Tides rise.", 100)],
    "0:1": [done("=1+1", 200)],
    "1:0": [done("Links.", 300)],
    "1:1": [{ status: "stopped", attempts: 0 }],
  },
  total: 4,
  finished: 4,
  costUsd: 0.003,
  unknownCost: 0,
});

describe("totals and exports", () => {
  it("totals a row and a column", () => {
    expect(figures(rowCalls(batch(), 0))).toMatchObject({ calls: 2, totalMs: 300, outputTokens: 10 });
    expect(figures(columnCalls(batch(), 1))).toMatchObject({ calls: 2, totalMs: 200, outputTokens: 5 });
  });

  it("writes a CSV row per call, with the case's values, and model output kept from running as a formula", () => {
    const rows = parseDelimited(resultsCsv(batch()));
    expect(rows[0]).toEqual(expect.arrayContaining(["test_case", "variant_name", "reply", "cost_usd", "topic"]));
    expect(rows).toHaveLength(5);
    const at = (row: string[], name: string) => row[rows[0].indexOf(name)];
    expect(at(rows[2], "variant_name")).toBe("Haiku");
    expect(at(rows[2], "reply")).toBe("'=1+1");
    expect(at(rows[3], "topic")).toBe("'=HYPERLINK()");
    expect(at(rows[4], "status")).toBe("stopped");
    expect(at(rows[1], "model")).toBe(DEFAULT_REQUEST.model);
  });

  it("writes JSON with what ran and every call", () => {
    const json = JSON.parse(resultsJson(batch()));
    expect(json).toMatchObject({ format: "messages-playground-results", version: 1, number: 3 });
    expect(json.cells["0:1"][0].message.content[0].text).toBe("=1+1");
  });
});
