import { describe, expect, it } from "vitest";
import { CATALOGUE_LOOKUP, modelLookup } from "@/lib/models/lookup";
import { formatNumber } from "@/lib/format/number";
import { percentChange, signed, usageDelta } from "./usage";

describe("usageDelta", () => {
  it("gives each kind of token on both sides and the difference, and the cost of each at the catalogue's prices", () => {
    // claude-opus-4-6: $5 input, $25 output, $6.25 5-minute writes, $0.50 reads per million tokens.
    const delta = usageDelta(
      { model: "claude-opus-4-6", usage: { input_tokens: 100, output_tokens: 40 } },
      {
        model: "claude-opus-4-6",
        usage: { input_tokens: 20, output_tokens: 60, cache_creation_input_tokens: 0, cache_read_input_tokens: 1000 },
      },
      CATALOGUE_LOOKUP,
    );
    expect(delta.figures).toEqual([
      { label: "Input", before: 100, after: 20, delta: -80 },
      { label: "Cache write", before: 0, after: 0, delta: 0 },
      { label: "Cache read", before: 0, after: 1000, delta: 1000 },
      { label: "Output", before: 40, after: 60, delta: 20 },
    ]);
    const before = (100 * 5 + 40 * 25) / 1e6;
    const after = (20 * 5 + 60 * 25 + 1000 * 0.5) / 1e6;
    const usd = (cost: typeof delta.cost.before) => (cost.known ? cost.usd : Number.NaN);
    expect(usd(delta.cost.before)).toBeCloseTo(before, 12);
    expect(usd(delta.cost.after)).toBeCloseTo(after, 12);
    expect(delta.cost.delta).toBeCloseTo(after - before, 12);
    expect(delta.estimated).toEqual({ before: false, after: false });
  });

  it("prices each side at its own model, and adds server-tool requests when either call made some", () => {
    const delta = usageDelta(
      { model: "claude-opus-4-6", usage: { input_tokens: 1_000_000 } },
      {
        model: "claude-sonnet-4-6",
        usage: { input_tokens: 1_000_000, server_tool_use: { web_search_requests: 2 } },
        outputEstimated: true,
      },
      CATALOGUE_LOOKUP,
    );
    expect(delta.figures.map((f) => f.label)).toEqual(["Input", "Cache write", "Cache read", "Output", "Web searches"]);
    expect(delta.cost.before).toMatchObject({ usd: 5 });
    expect(delta.cost.after).toMatchObject({ usd: 3 + 0.02 });
    expect(delta.cost.delta).toBeCloseTo(-1.98, 10);
    expect(delta.estimated).toEqual({ before: false, after: true });
  });

  it("leaves the difference unknown when either side's price is unknown, never a made-up figure", () => {
    const gateway = modelLookup({ name: "test", models: { "claude-sonnet-4-6": { prices: null } } } as never);
    const delta = usageDelta(
      { model: "claude-opus-4-6", usage: { input_tokens: 10 } },
      { model: "claude-sonnet-4-6", usage: { input_tokens: 10 } },
      gateway,
    );
    expect(delta.cost.before.known).toBe(true);
    expect(delta.cost.after).toEqual({ known: false, reason: "no known price for this model" });
    expect(delta.cost.delta).toBeNull();
    const unknownModel = usageDelta(
      { model: "claude-opus-4-6", usage: { input_tokens: 10 } },
      { model: "not-a-model", usage: { input_tokens: 10 } },
      CATALOGUE_LOOKUP,
    );
    expect(unknownModel.cost.delta).toBeNull();
  });
});

describe("signed and percentChange", () => {
  it("writes a difference with its sign, a real minus, and nothing for zero", () => {
    expect(signed(1234, formatNumber)).toBe("+1,234");
    expect(signed(-56, formatNumber)).toBe("−56");
    expect(signed(0, formatNumber)).toBe("0");
  });

  it("gives the change in percent, with a decimal below ten, and none from zero or for no change", () => {
    expect(percentChange(100, 112)).toBe("+12%");
    expect(percentChange(1000, 1053)).toBe("+5.3%");
    expect(percentChange(40, 10)).toBe("−75%");
    expect(percentChange(0, 10)).toBeNull();
    expect(percentChange(7, 7)).toBeNull();
  });
});
