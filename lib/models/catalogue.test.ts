import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_ID, EXCLUDED_MODELS, findModel, MODELS } from ".";

const brief = readFileSync(path.join(__dirname, "sources", "gateway-model-page.txt"), "utf8");

/** The model ids the installed SDK's `Model` type names, read from its type declarations. */
function sdkModelIds(): string[] {
  const sdkDir = path.dirname(createRequire(import.meta.url).resolve("@anthropic-ai/sdk"));
  const declarations = readFileSync(path.join(sdkDir, "resources/messages/messages.d.ts"), "utf8");
  const union = declarations.match(/export type Model =([^;]+);/)?.[1];
  if (!union) throw new Error("the SDK's `Model` type was not found in resources/messages/messages.d.ts");
  return [...union.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}

describe("model catalogue", () => {
  it("holds every model the installed SDK names, or lists it once as an exclusion with its reason", () => {
    const ids = sdkModelIds();
    expect(ids.length).toBeGreaterThan(10);
    const excluded = new Set(EXCLUDED_MODELS.map((m) => m.id));
    const missing = ids.filter((id) => !findModel(id) && !excluded.has(id));
    expect(missing, "in the SDK's Model type but neither in the catalogue nor excluded").toEqual([]);
    expect(excluded.size).toBe(EXCLUDED_MODELS.length);
    for (const m of EXCLUDED_MODELS) {
      expect(findModel(m.id), `${m.id} is both catalogued and excluded`).toBeUndefined();
      expect(m.reason && m.source, m.id).toBeTruthy();
    }
  });

  it("holds claude-opus-4-6 as Anthropic's API states it; the brief's gateway limits are not model facts", () => {
    expect(findModel("claude-opus-4-6")).toMatchObject({ contextWindow: 1_000_000, maxOutput: 128_000 });
    expect(brief).toContain("Context window200K tokens");
    expect(DEFAULT_MODEL_ID).toBe("claude-opus-4-6");
  });

  it("holds the models the brief links to: the flagship Opus 4.8, the prior Opus 4.5, Sonnet 4.6", () => {
    for (const label of ["Opus 4.8", "Opus 4.5", "Sonnet 4.6"]) expect(brief).toContain(label);
    for (const id of ["claude-opus-4-8", "claude-opus-4-5", "claude-sonnet-4-6"])
      expect(findModel(id), id).toBeDefined();
  });

  it("has the prices the audit found wrong fixed, and Haiku 5.5's long-prompt band", () => {
    expect(findModel("claude-fable-5-1")?.prices).toMatchObject({ input: 10, cacheRead: 0.25 });
    expect(findModel("claude-sonnet-5-5")?.prices).toMatchObject({ input: 2, cacheRead: 0.1 });
    expect(findModel("claude-fable-5-2")?.prices).toMatchObject({
      input: 8,
      output: 40,
      cacheWrite1h: 16,
      cacheRead: 0.2,
    });
    expect(findModel("claude-haiku-5-5")?.prices?.longPrompt).toMatchObject({ aboveTokens: 100_000, input: 0.5 });
  });

  it("has unique ids and a source for every model, price and fact", () => {
    const ids = MODELS.flatMap((m) => [m.id, ...(m.aliases ?? [])]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MODELS) {
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      expect(m.prices?.source, m.id).toBeTruthy();
      expect(m.prices?.date, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const [fact, source] of Object.entries(m.factSources ?? {})) {
        expect(fact.split(".")[0] in m, `${m.id}.${fact}`).toBe(true);
        expect(source, `${m.id}.${fact}`).toBeTruthy();
      }
    }
  });

  it("is coherent: what each rule reads is consistent per model", () => {
    const date = /^\d{4}-\d{2}-\d{2}$/;
    for (const m of MODELS) {
      expect(m.maxOutput, m.id).toBeLessThanOrEqual(m.contextWindow);
      expect(m.released, m.id).toMatch(date);
      if (m.thinkingAlwaysOn) expect(m.adaptiveThinking && m.thinkingByDefault && !m.thinkingDisabled, m.id).toBe(true);
      if (m.thinkingOffMaxEffort) expect(m.effort, m.id).toContain(m.thinkingOffMaxEffort);
      if (m.manualThinking === "refused") expect(m.adaptiveThinking, m.id).toBe(true);
      if (m.defaultEffort) expect(m.effort, m.id).toContain(m.defaultEffort);
      if (m.effort.length === 0) expect(m.defaultEffort, m.id).toBeNull();
      expect(m.minCacheableTokens, m.id).toBeGreaterThan(0);
      const { status, deprecated, retires, retiresNotBefore } = m.lifecycle;
      if (status === "deprecated")
        expect(`${deprecated} ${retires}`, m.id).toMatch(/^\d{4}-\d\d-\d\d \d{4}-\d\d-\d\d$/);
      else expect(deprecated ?? retires, m.id).toBeUndefined();
      if (retiresNotBefore) expect(retiresNotBefore, m.id).toMatch(date);
      const p = m.prices!;
      expect(p.cacheWrite5m, m.id).toBeCloseTo(p.input! * 1.25, 4);
      expect(p.cacheWrite1h, m.id).toBeCloseTo(p.input! * 2, 4);
      expect(p.cacheRead!, m.id).toBeLessThan(p.input!);
      expect(p.webSearchPerThousand, m.id).toBe(10);
    }
  });
});
