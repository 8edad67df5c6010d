import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePriceFile, PriceFileSchema } from "@/lib/models/price-file";
import { findModel } from ".";
import { CATALOGUE_LOOKUP, modelLookup } from "./lookup";
import { mergeProfiles, parseProfile, profileFromPriceFile, type UpstreamProfile } from "./profile";

const example = readFileSync(path.join(__dirname, "..", "..", "profiles", "bytespike.json"), "utf8");
const brief = readFileSync(path.join(__dirname, "sources", "gateway-model-page.txt"), "utf8");
const parse = (json: unknown) => parseProfile(JSON.stringify(json), "PLAYGROUND_UPSTREAM_PROFILE");
const profileOf = (json: unknown): UpstreamProfile => {
  const result = parse(json);
  if ("error" in result) throw new Error(result.error);
  return result.profile;
};

describe("upstream profiles", () => {
  it("ships the brief's gateway as an example: Opus 4.6 at 200K / 32,768, and its 413 for a long prompt", () => {
    const result = parseProfile(example, "profiles/bytespike.json");
    if ("error" in result) throw new Error(result.error);
    // The gateway page says so: its limits table and its errors table.
    expect(brief).toContain("Context window200K tokens");
    expect(brief).toContain("Max output32768 tokens");
    expect(brief).toContain("413Input exceeds 200K tokens");
    const opus = modelLookup(result.profile).find("claude-opus-4-6")!;
    expect(opus).toMatchObject({ contextWindow: 200_000, maxOutput: 32_768, label: "Claude Opus 4.6" });
    expect(opus.promptTooLong).toEqual({
      status: 413,
      type: "request_too_large",
      message: "Input exceeds {maximum_short} tokens",
    });
    // Anthropic's facts stay the catalogue's, and the catalogue itself is untouched.
    expect(findModel("claude-opus-4-6")).toMatchObject({ contextWindow: 1_000_000, maxOutput: 128_000 });
    expect(modelLookup(result.profile).profileName).toBe("ByteSpike gateway");
  });

  it("lays limits and prices over the catalogue, for a model's dated alias too, and adds the profile's own models", () => {
    const lookup = modelLookup(
      profileOf({
        models: {
          "claude-opus-4-5": { maxOutput: 32_000, prices: { input: 4, output: 20 } },
          "gateway-mini": { label: "Gateway Mini", contextWindow: 32_000, maxOutput: 4096, vision: false },
          "claude-haiku-4-5": null,
          "listed-only": { prices: { input: 1, output: 1 } },
        },
      }),
    );
    expect(lookup.find("claude-opus-4-5-20251101")).toMatchObject({ id: "claude-opus-4-5", maxOutput: 32_000 });
    expect(lookup.prices("claude-opus-4-5")).toMatchObject({ input: 4, output: 20, cacheRead: null });
    expect(lookup.find("gateway-mini")).toMatchObject({ label: "Gateway Mini", contextWindow: 32_000, vision: false });
    expect(lookup.all().map((m) => m.id)).toContain("gateway-mini");
    // A model set to null is "price unknown here", as in a price file; a model only priced stays undescribed.
    expect(lookup.prices("claude-haiku-4-5")).toBeNull();
    expect(lookup.find("claude-haiku-4-5")?.contextWindow).toBe(200_000);
    expect(lookup.find("listed-only")).toBeUndefined();
    expect(lookup.prices("listed-only")).toMatchObject({ input: 1 });
    // Without a profile: the catalogue.
    expect(CATALOGUE_LOOKUP.find("claude-opus-4-5")).toBe(findModel("claude-opus-4-5"));
    expect(CATALOGUE_LOOKUP.find("gateway-mini")).toBeUndefined();
  });

  it("reads a price file as the subset of a profile it is, laid over a profile's prices", () => {
    const file = PriceFileSchema.parse({
      models: { "claude-opus-4-6": { input: 3, output: 15 }, "claude-sonnet-4-6": null },
    });
    const merged = mergeProfiles(profileOf(JSON.parse(example)), profileFromPriceFile(file, "PLAYGROUND_PRICES_FILE"));
    const lookup = modelLookup(merged);
    expect(lookup.find("claude-opus-4-6")).toMatchObject({ contextWindow: 200_000 });
    expect(lookup.prices("claude-opus-4-6")).toMatchObject({ input: 3, source: "PLAYGROUND_PRICES_FILE" });
    expect(lookup.prices("claude-sonnet-4-6")).toBeNull();
    expect(parsePriceFile(JSON.stringify({ models: {} }), "x")).toEqual({ file: { models: {} } });
  });

  it("refuses a bad file with a message that says what is wrong, never a crash", () => {
    expect(parseProfile("{nope", "P")).toEqual({ error: expect.stringMatching(/^P is not valid JSON/) });
    const typo = parse({ models: { "claude-opus-4-6": { contextwindow: 200_000 } } });
    expect("error" in typo && typo.error).toMatch(/upstream profile format[\s\S]*contextwindow/);
    const negative = parse({ models: { "claude-opus-4-6": { maxOutput: -1 } } });
    expect("error" in negative && negative.error).toMatch(/maxOutput/);
    const status = parse({ promptTooLong: { status: 200, type: "api_error", message: "x" }, models: {} });
    expect("error" in status && status.error).toMatch(/status/);
    const priceFile = parse({ models: { "claude-opus-4-6": { input: 5, output: 25 } } });
    expect("error" in priceFile && priceFile.error).toMatch(
      /rates go under "prices" in a profile.*PLAYGROUND_PRICES_FILE/,
    );
    const half = parse({ models: { "gateway-x": { label: "X", contextWindow: 8000 } } });
    expect("error" in half && half.error).toBe(
      "PLAYGROUND_UPSTREAM_PROFILE: gateway-x is not in the catalogue, so its entry must give a whole model; it lacks maxOutput.",
    );
  });
});
