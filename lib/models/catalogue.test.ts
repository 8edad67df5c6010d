import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_ID, findModel, MODELS } from ".";

const brief = readFileSync(path.join(__dirname, "sources", "gateway-model-page.txt"), "utf8");

describe("model catalogue", () => {
  it("holds claude-opus-4-6 exactly as the gateway page in the brief states it", () => {
    const opus = findModel("claude-opus-4-6")!;
    expect(brief).toContain("Context window200K tokens");
    expect(brief).toContain("Max output32768 tokens");
    expect(opus).toMatchObject({ contextWindow: 200_000, maxOutput: 32_768, tools: true, vision: true, caching: true });
    expect(opus.manualThinking === "supported" || opus.manualThinking === "deprecated" || opus.adaptiveThinking).toBe(
      true,
    );
    expect(DEFAULT_MODEL_ID).toBe("claude-opus-4-6");
  });

  it("holds the models the brief links to: the flagship Opus 4.8, the prior Opus 4.5, Sonnet 4.6", () => {
    for (const label of ["Opus 4.8", "Opus 4.5", "Sonnet 4.6"]) expect(brief).toContain(label);
    for (const id of ["claude-opus-4-8", "claude-opus-4-5", "claude-sonnet-4-6"])
      expect(findModel(id), id).toBeDefined();
  });

  it("has unique ids and a source for every model and every price", () => {
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
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
    for (const m of MODELS) {
      expect(m.maxOutput, m.id).toBeLessThanOrEqual(m.contextWindow);
      expect(m.released, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (m.thinkingAlwaysOn) expect(m.adaptiveThinking, m.id).toBe(true);
      if (m.manualThinking === "refused") expect(m.adaptiveThinking, m.id).toBe(true);
      if (m.defaultEffort) expect(m.effort, m.id).toContain(m.defaultEffort);
      if (m.effort.length === 0) expect(m.defaultEffort, m.id).toBeNull();
      expect(m.minCacheableTokens, m.id).toBeGreaterThan(0);
      const p = m.prices!;
      expect(p.cacheWrite5m, m.id).toBeCloseTo(p.input * 1.25, 4);
      expect(p.cacheWrite1h, m.id).toBeCloseTo(p.input * 2, 4);
      expect(p.cacheRead, m.id).toBeLessThan(p.input);
    }
  });
});
