import { describe, expect, it } from "vitest";
import { CSV_HEADER, historyCsv } from "./export";
import type { CallSummary } from "./record";
import { batchesOf, sortRows, tagsText, toRows, totals } from "./table";

const call = (
  id: string,
  startedAt: number,
  model: string,
  usage: CallSummary["usage"],
  extra: Partial<CallSummary> = {},
): CallSummary => ({
  id,
  startedAt,
  model,
  status: "done",
  stopReason: "end_turn",
  usage,
  breakpoints: 0,
  ...extra,
});

const calls = [
  call("a", 1_000, "claude-opus-4-6", { input_tokens: 100, output_tokens: 50 }, { firstTokenMs: 300, totalMs: 1300 }),
  call(
    "b",
    2_000,
    "claude-haiku-4-5",
    { input_tokens: 10, output_tokens: 500, cache_read_input_tokens: 4000 },
    { totalMs: 900 },
  ),
  call(
    "c",
    3_000,
    "some-gateway-model",
    { input_tokens: 7, output_tokens: 3 },
    { status: "error", errorMessage: 'overloaded_error: "Overloaded", retry' },
  ),
];
const stopped = call(
  "d",
  4_000,
  "claude-opus-4-6",
  { input_tokens: 20, output_tokens: 99 },
  { status: "stopped", outputEstimated: true },
);

describe("history table", () => {
  it("sorts by cost with unknown costs last either way", () => {
    const rows = toRows(calls);
    // opus: 100×5 + 50×25 = 1750 µ$; haiku: 10×1 + 500×5 + 4000×0.1 = 2910 µ$; gateway model: unknown
    expect(sortRows(rows, "cost", "descending").map((r) => r.call.id)).toEqual(["b", "a", "c"]);
    expect(sortRows(rows, "cost", "ascending").map((r) => r.call.id)).toEqual(["a", "b", "c"]);
    expect(sortRows(rows, "ttft", "ascending").map((r) => r.call.id)).toEqual(["a", "b", "c"]);
    expect(sortRows(rows, "model", "ascending").map((r) => r.call.id)).toEqual(["b", "a", "c"]);
  });

  it("totals tokens by kind and the known costs, counting the unknown ones", () => {
    const sum = totals(toRows(calls));
    expect(sum.tokens).toEqual({ input: 117, output: 553, cacheRead: 4000, cacheWrite5m: 0, cacheWrite1h: 0 });
    expect(sum.knownUsd).toBeCloseTo(0.00466, 10);
    expect(sum.unknownCost).toBe(1);
    expect(sum.estimatedOutput).toBe(0);
    expect(totals(toRows([...calls, stopped])).estimatedOutput).toBe(1);
  });

  it("prices a call that used no tokens at $0, even for a model without a price (a 404 before the model ran)", () => {
    const [row] = toRows([call("e", 5_000, "no-such-model", {}, { status: "error", httpStatus: 404 })]);
    expect(row.cost).toMatchObject({ known: true, usd: 0 });
  });

  it("exports one CSV row per call, the unknown cost as an empty cell, and quotes what needs it", () => {
    const csv = historyCsv(toRows(calls));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER.join(","));
    expect(lines).toHaveLength(calls.length + 2); // header, one per call, and the final CRLF
    expect(lines.at(-1)).toBe("");
    expect(lines[1]).toMatch(
      // The last six cells are a call's place in a run of many: none here.
      /^1970-01-01T00:00:01\.000Z,claude-opus-4-6,done,,end_turn,,,,100,0,0,0,50,false,0\.00175,300,1300,50,,,,,,,$/,
    );
    const estimated = historyCsv(toRows([stopped]))
      .split("\r\n")[1]
      .split(",");
    expect(estimated[CSV_HEADER.indexOf("output_tokens")]).toBe("99");
    expect(estimated[CSV_HEADER.indexOf("output_tokens_estimated")]).toBe("true");
    expect(lines[3]).toContain(',"overloaded_error: ""Overloaded"", retry"');
    const cells = lines[3].split(",");
    expect(cells[CSV_HEADER.indexOf("cost_usd")]).toBe("");
  });
});

describe("calls of a run of many", () => {
  const tagged = (id: string, tags: CallSummary["tags"]): CallSummary => ({
    id,
    startedAt: 1,
    model: "claude-opus-4-6",
    status: "done",
    stopReason: "end_turn",
    usage: {},
    breakpoints: 0,
    tags,
  });

  it("says each call's run, variant, case, repeat and attempt, in the table and the CSV", () => {
    const call = tagged("a", {
      batch: "b1",
      batchNumber: 3,
      variant: 2,
      variantName: "Terse",
      testCase: 4,
      repeat: 2,
      attempt: 2,
    });
    expect(tagsText(call)).toBe("Run 3 · variant 2 (Terse) · case 4 · repeat 2 · attempt 2");
    expect(tagsText(tagged("b", undefined))).toBe("");
    const [header, row] = historyCsv(toRows([call]))
      .trim()
      .split("\r\n")
      .map((line) => line.split(","));
    const at = (name: string) => row[header.indexOf(name)];
    expect([at("run"), at("variant"), at("variant_name"), at("test_case"), at("repeat"), at("attempt")]).toEqual([
      "3",
      "2",
      "Terse",
      "4",
      "2",
      "2",
    ]);
  });

  it("lists the runs among the calls, newest first", () => {
    const calls = [
      tagged("c", { batch: "b2", batchNumber: 2, variant: 1 }),
      tagged("d", undefined),
      tagged("a", { batch: "b1", batchNumber: 1, variant: 1 }),
      tagged("b", { batch: "b2", batchNumber: 2, variant: 2 }),
    ];
    expect(batchesOf(calls)).toEqual([
      { id: "b2", number: 2 },
      { id: "b1", number: 1 },
    ]);
  });
});
