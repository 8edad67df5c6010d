import { describe, expect, it } from "vitest";
import { makePreset } from "@/lib/presets/schema";
import { usePlaygroundStore } from "./playground-store";
import { batchFromSaved, savedFromBatch } from "./saved-batch";

const ask = (content: string, system: string) => ({
  model: "claude-opus-4-6",
  max_tokens: 256,
  system,
  messages: [{ role: "user", content }],
});

describe("loading a preset", () => {
  it("loads its comparison whole: variants with one conversation, values, test cases, repeats and results", () => {
    const results = {
      number: 4,
      startedAt: 1,
      variants: [{ id: "v1", name: "", request: ask("x", "y") }],
      testCases: null,
      values: {},
      repeats: 1,
      cells: { "0:0": [{ status: "done" as const, attempts: 1, costUsd: 0.5, totalMs: 10 }] },
    };
    const preset = makePreset({
      name: "Comparison",
      request: ask("About {{topic}}", "Brief"),
      variantName: "Brief",
      variants: [{ name: "Thorough", request: ask("About {{topic}}", "Thorough"), betas: ["b-1"] }],
      variables: { topic: "tides" },
      testCases: [{ topic: "reefs" }],
      repeats: 2,
      results,
    });
    usePlaygroundStore.getState().loadPreset(preset);
    const s = usePlaygroundStore.getState();
    expect(s.variants.map((v) => [v.name, v.request.system, v.betas])).toEqual([
      ["Brief", "Brief", []],
      ["Thorough", "Thorough", ["b-1"]],
    ]);
    expect(s.variants[0].request.messages).toBe(s.variants[1].request.messages);
    expect(s.sameMessages).toBe(true);
    expect(s.selectedVariant).toBe(0);
    expect(s.request).toBe(s.variants[0].request);
    expect(s.variableValues).toEqual({ topic: "tides" });
    expect(s.testCases.map((c) => c.values)).toEqual([{ topic: "reefs" }]);
    expect(s.repeats).toBe(2);
    expect(s.batch).toMatchObject({ number: 4, status: "done", total: 1, finished: 1, costUsd: 0.5 });
    expect(savedFromBatch(s.batch!)).toEqual(results);

    // A single request's preset after it: one variant, nothing of the comparison left.
    usePlaygroundStore.getState().loadPreset(makePreset({ name: "One", request: ask("Hi", "Plain") }));
    const after = usePlaygroundStore.getState();
    expect(after.variants).toHaveLength(1);
    expect(after).toMatchObject({ variableValues: {}, testCases: [], repeats: 1, batch: null });
  });

  it("saves a running batch's unfinished calls as stopped", () => {
    const batch = batchFromSaved({
      number: 1,
      startedAt: 0,
      variants: [{ id: "v", name: "", request: ask("x", "y") }],
      testCases: null,
      values: {},
      repeats: 2,
      cells: {
        "0:0": [
          { status: "done", attempts: 1 },
          { status: "streaming", attempts: 1 },
        ],
      },
    });
    expect(savedFromBatch(batch).cells["0:0"].map((c) => c.status)).toEqual(["done", "stopped"]);
  });
});
