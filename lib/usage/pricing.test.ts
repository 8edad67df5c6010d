import { readRecorded as readSharedFixture } from "@/lib/testing/recorded";
import { describe, expect, it } from "vitest";
import { callCost, tokenCounts, worstCaseCost, type Cost } from "./pricing";
import type { ModelPrices } from "@/lib/models";
import { CATALOGUE_LOOKUP, modelLookup } from "@/lib/models/lookup";

const ratesFor = (id: string) => CATALOGUE_LOOKUP.prices(id);

const usd = (cost: Cost) => (cost.known ? cost.usd : NaN);

describe("callCost, against sums done by hand", () => {
  it("prices the recorded cache write and read reply at Sonnet 4.6 rates (3 / 15 / 3.75 / 0.30 per MTok)", () => {
    const reply = JSON.parse(readSharedFixture("09_nonstream_cache_usage.json"));
    // 3×3 + 33×15 + 418×3.75 + 1111×0.30 = 9 + 495 + 1567.5 + 333.3 = 2404.8 micro-dollars
    const cost = callCost(reply.usage, ratesFor("claude-sonnet-4-6"));
    expect(usd(cost)).toBeCloseTo(0.0024048, 10);
    expect(cost.known && cost.parts.cacheWrite5m).toBeCloseTo(0.0015675, 10);
    expect(cost.known && cost.parts.cacheRead).toBeCloseTo(0.0003333, 10);
  });

  it("bills 1-hour writes at the 1-hour rate and the rest of the writes at the 5-minute rate", () => {
    const usage = {
      input_tokens: 100,
      output_tokens: 1000,
      cache_creation_input_tokens: 3000,
      cache_read_input_tokens: 5000,
      cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
    };
    // Opus 4.6: 100×5 + 1000×25 + 1000×6.25 + 2000×10 + 5000×0.5 = 500 + 25000 + 6250 + 20000 + 2500 = 54250 µ$
    expect(usd(callCost(usage, ratesFor("claude-opus-4-6")))).toBeCloseTo(0.05425, 10);
  });

  it("treats writes without a lifetime breakdown as 5-minute writes (the API's default)", () => {
    expect(tokenCounts({ cache_creation_input_tokens: 700 })).toMatchObject({ cacheWrite5m: 700, cacheWrite1h: 0 });
    // Haiku 4.5: 12×1 + 30×5 + 700×1.25 = 12 + 150 + 875 = 1037 µ$
    const usage = { input_tokens: 12, output_tokens: 30, cache_creation_input_tokens: 700 };
    expect(usd(callCost(usage, ratesFor("claude-haiku-4-5")))).toBeCloseTo(0.001037, 10);
  });

  it("says unknown for a model without a price, never a number", () => {
    const cost = callCost({ input_tokens: 12, output_tokens: 30 }, ratesFor("claude-sonnet-4-5-20250929"));
    expect(cost).toEqual({ known: false, reason: "no known price for this model" });
  });

  it("prices no tokens at $0 without any rates: nothing was billed", () => {
    expect(callCost({ input_tokens: 0, output_tokens: 0 }, null)).toMatchObject({ known: true, usd: 0 });
    expect(callCost({ input_tokens: 1 }, null)).toMatchObject({ known: false });
  });

  it("says unknown when a used kind has no rate, and prices the call when that kind is unused", () => {
    const rates: ModelPrices = {
      input: 2,
      output: 8,
      cacheWrite5m: null,
      cacheWrite1h: null,
      cacheRead: null,
      webSearchPerThousand: null,
      webFetchPerThousand: null,
      source: "gateway",
      date: "",
    };
    expect(callCost({ input_tokens: 10, cache_read_input_tokens: 5 }, rates)).toEqual({
      known: false,
      reason: "no known price for cache reads",
    });
    // 10×2 + 4×8 = 52 µ$
    expect(usd(callCost({ input_tokens: 10, output_tokens: 4, cache_read_input_tokens: 0 }, rates))).toBeCloseTo(
      0.000052,
      12,
    );
  });

  it("lets a price override replace the catalogue and mark a model unknown", () => {
    const gateway: ModelPrices = {
      input: 1,
      output: 2,
      cacheWrite5m: 1,
      cacheWrite1h: 1,
      cacheRead: 1,
      webSearchPerThousand: 10,
      webFetchPerThousand: 0,
      source: "gw",
      date: "2026-11-01",
    };
    expect(modelLookup({ models: { "claude-opus-4-6": { prices: gateway } } }).prices("claude-opus-4-6")).toBe(gateway);
    expect(modelLookup({ models: { "claude-opus-4-6": { prices: null } } }).prices("claude-opus-4-6")).toBeNull();
    expect(ratesFor("claude-opus-4-6")?.source).toMatch(/^https:/);
  });
});

describe("long-prompt bands", () => {
  it("bills every token of a Haiku 5.5 call whose prompt is over 100,000 tokens at the higher band, output included", () => {
    const haiku = ratesFor("claude-haiku-5-5");
    // Up to the threshold (input + writes + reads = 100,000): 60000×0.10 + 30000×0.125 + 10000×0.01 + 2000×0.50
    //   = 6000 + 3750 + 100 + 1000 = 10850 µ$
    const atLimit = {
      input_tokens: 60_000,
      cache_creation_input_tokens: 30_000,
      cache_read_input_tokens: 10_000,
      output_tokens: 2000,
    };
    const low = callCost(atLimit, haiku);
    expect(usd(low)).toBeCloseTo(0.01085, 10);
    expect(low.known && low.longPrompt).toBeUndefined();
    // One token more: 60001×0.50 + 30000×0.625 + 10000×0.05 + 2000×2.50 = 30000.5 + 18750 + 500 + 5000 µ$
    const high = callCost({ ...atLimit, input_tokens: 60_001 }, haiku);
    expect(usd(high)).toBeCloseTo(0.0542505, 10);
    expect(high.known && high.longPrompt).toEqual({ aboveTokens: 100_000 });
    expect(high.known && high.parts.output).toBeCloseTo(0.005, 10);
  });

  it("prices the worst case of a long prompt at the band too", () => {
    const haiku = ratesFor("claude-haiku-5-5");
    // 150000×0.50 + 1000×2.50 = 75000 + 2500 µ$
    expect(usd(worstCaseCost(150_000, 1000, haiku, null))).toBeCloseTo(0.0775, 10);
    // 50000×0.10 + 1000×0.50 = 5000 + 500 µ$
    expect(usd(worstCaseCost(50_000, 1000, haiku, null))).toBeCloseTo(0.0055, 10);
  });

  it("leaves a model without a band at its one rate however long the prompt", () => {
    // Opus 4.6 on its 1M window: 500000×5 + 1000×25 = 2500000 + 25000 µ$
    expect(usd(callCost({ input_tokens: 500_000, output_tokens: 1000 }, ratesFor("claude-opus-4-6")))).toBeCloseTo(
      2.525,
      10,
    );
  });
});

describe("server tools", () => {
  it("bills usage.server_tool_use: web search at $10 per 1,000 searches, web fetch at nothing beyond its tokens", () => {
    const usage = {
      input_tokens: 1000,
      output_tokens: 100,
      server_tool_use: { web_search_requests: 3, web_fetch_requests: 2 },
    };
    const cost = callCost(usage, ratesFor("claude-sonnet-4-6"));
    // 1000×3 + 100×15 = 4500 µ$ of tokens, plus 3 searches × $0.01
    expect(usd(cost)).toBeCloseTo(0.0345, 10);
    expect(cost.known && cost.parts).toMatchObject({ webSearch: 0.03, webFetch: 0 });
  });

  it("says unknown when a gateway's prices leave out a server tool the call used", () => {
    const gateway = { ...ratesFor("claude-sonnet-4-6")!, webSearchPerThousand: null };
    expect(callCost({ input_tokens: 10, server_tool_use: { web_search_requests: 1 } }, gateway)).toEqual({
      known: false,
      reason: "no known price for web searches",
    });
    expect(usd(callCost({ input_tokens: 10, server_tool_use: { web_search_requests: 0 } }, gateway))).toBeCloseTo(
      0.00003,
      12,
    );
  });
});

describe("worstCaseCost", () => {
  it("bills all input at the dearest rate a breakpoint allows and the reply at max_tokens", () => {
    const opus = ratesFor("claude-opus-4-6");
    // 10000×10 (1-hour write) + 1024×25 = 100000 + 25600 µ$
    expect(usd(worstCaseCost(10_000, 1024, opus, "1h"))).toBeCloseTo(0.1256, 10);
    // 10000×6.25 + 1024×25 = 62500 + 25600 µ$
    expect(usd(worstCaseCost(10_000, 1024, opus, "5m"))).toBeCloseTo(0.0881, 10);
    // 10000×5 + 1024×25 = 50000 + 25600 µ$
    expect(usd(worstCaseCost(10_000, 1024, opus, null))).toBeCloseTo(0.0756, 10);
  });
});
