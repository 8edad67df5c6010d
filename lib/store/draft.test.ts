import { describe, expect, it } from "vitest";
import { DRAFT_VERSION, migrateDraft, partializeDraft, restoreDraft } from "./draft";
import { usePlaygroundStore } from "./playground-store";
import { DEFAULT_REQUEST, partializeRequest } from "./request-slice";

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("the draft", () => {
  it("opens a version-1 draft (one request) as one variant", () => {
    const v1 = roundTrip(
      partializeRequest({
        request: { ...DEFAULT_REQUEST, system: "old" },
        betas: ["old-beta-1"],
        jsonDraft: null,
        jsonError: null,
      } as never),
    );
    const restored = restoreDraft(migrateDraft(v1, 1));
    expect(restored.variants).toHaveLength(1);
    expect(restored.request).toEqual({ ...DEFAULT_REQUEST, system: "old" });
    expect(restored.betas).toEqual(["old-beta-1"]);
    expect(restored.variants?.[0].request).toBe(restored.request);
  });

  it("keeps the variants, the selection, the variables, the test cases and the run settings", () => {
    const s = usePlaygroundStore.getState();
    s.replaceVariants([{ id: "variant-1", name: "", request: DEFAULT_REQUEST, betas: [] }], true);
    s.setMessageText(0, "About {{topic}}");
    s.addVariant();
    s.renameVariant(1, "Haiku");
    s.setField("model", "claude-haiku-4-5");
    s.setVariableValue("topic", "tides");
    s.importTestCases({ columns: ["topic"], rows: [{ topic: "harbours" }] }, true);
    s.setRepeats(3);
    s.setConcurrency(2);
    s.setConfirmAboveUsd(2.5);
    const restored = restoreDraft(roundTrip(partializeDraft(usePlaygroundStore.getState())));
    expect(restored.variants?.map((v) => [v.name, v.request.model])).toEqual([
      ["", DEFAULT_REQUEST.model],
      ["Haiku", "claude-haiku-4-5"],
    ]);
    expect(restored.selectedVariant).toBe(1);
    expect(restored.request?.model).toBe("claude-haiku-4-5");
    // One conversation is one array again.
    expect(restored.variants?.[0].request.messages).toBe(restored.variants?.[1].request.messages);
    expect(restored).toMatchObject({
      variableValues: { topic: "tides" },
      repeats: 3,
      concurrency: 2,
      confirmAboveUsd: 2.5,
    });
    expect(restored.testCases?.map((c) => c.values)).toEqual([{ topic: "harbours" }]);
    expect(DRAFT_VERSION).toBe(2);
  });

  it("falls back to the defaults for what does not look right", () => {
    expect(restoreDraft("garbage")).toEqual({});
    const restored = restoreDraft({
      variants: [{ request: { model: "x" } }, "nope", { request: DEFAULT_REQUEST, betas: [3] }],
      selectedVariant: 9,
      variableValues: { a: "1", b: 2 },
      testCases: [{ values: { a: "x", b: null } }, 7],
      repeats: 500,
      concurrency: -3,
    });
    expect(restored.variants).toHaveLength(1);
    expect(restored.selectedVariant).toBe(0);
    expect(restored.variableValues).toEqual({ a: "1" });
    expect(restored.testCases?.map((c) => c.values)).toEqual([{ a: "x" }]);
    expect(restored.repeats).toBe(20);
    expect(restored.concurrency).toBe(1);
  });
});
