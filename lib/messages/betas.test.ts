import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { betaHeaders, normalizeBetas, SDK_BETAS, splitBetas } from "./betas";

/** The names of the installed SDK's `AnthropicBeta` union, read from its source. */
function installedSdkBetas(): string[] {
  const sdkDir = path.dirname(createRequire(import.meta.url).resolve("@anthropic-ai/sdk"));
  const source = readFileSync(path.join(sdkDir, "src/resources/beta/beta.ts"), "utf8");
  const union = source.match(/export type AnthropicBeta =([^;]*);/)?.[1];
  if (!union) throw new Error("AnthropicBeta not found in the SDK's source");
  return [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

describe("SDK_BETAS", () => {
  it("lists exactly the beta names of the installed SDK", () => {
    const installed = installedSdkBetas();
    expect(installed.length).toBeGreaterThan(20);
    expect([...SDK_BETAS].sort()).toEqual([...installed].sort());
  });
});

describe("beta names as typed", () => {
  it("trims, drops empties and repeats, keeps the order", () => {
    expect(normalizeBetas([" b-1 ", "", "a-2", "b-1"])).toEqual(["b-1", "a-2"]);
    expect(splitBetas("a-1, b-2\nc-3  a-1,,")).toEqual(["a-1", "b-2", "c-3"]);
  });

  it("sends them as one comma-separated anthropic-beta header, or no header", () => {
    expect(betaHeaders(["a-1", "b-2"])).toEqual({ "anthropic-beta": "a-1,b-2" });
    expect(betaHeaders([])).toEqual({});
  });
});
