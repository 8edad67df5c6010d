import { describe, expect, it } from "vitest";
import {
  clampToModel,
  withManualThinking,
  duplicateItem,
  moveItem,
  removeItem,
  setIn,
  toggleCache,
} from "./request-edits";

const base = { model: "m", max_tokens: 10, messages: [{ role: "user", content: "hi" }], future_field: { a: [1, 2] } };

describe("setIn", () => {
  it("sets a nested value and keeps every other field as it was", () => {
    const next = setIn(base, ["output_config", "effort"], "high");
    expect(next).toEqual({ ...base, output_config: { effort: "high" } });
    expect(next.future_field).toBe(base.future_field);
    expect(base).not.toHaveProperty("output_config");
  });

  it("removes a key for undefined, and the object the removal leaves empty", () => {
    const withEffort = setIn(base, ["output_config", "effort"], "high");
    expect(setIn(withEffort, ["output_config", "effort"], undefined)).toEqual(base);
    const withOther = setIn(withEffort, ["output_config", "other"], 1);
    expect(setIn(withOther, ["output_config", "effort"], undefined)).toEqual({ ...base, output_config: { other: 1 } });
  });

  it("edits inside arrays and removes array items for undefined", () => {
    const next = setIn(base, ["messages", 0, "content"], "yo");
    expect((next.messages[0] as { content: unknown }).content).toBe("yo");
    expect(setIn(base, ["messages", 0], undefined).messages).toEqual([]);
  });

  it("does nothing when removing under a missing parent", () => {
    expect(setIn(base, ["metadata", "user_id"], undefined)).toBe(base);
  });
});

describe("list edits", () => {
  it("moves, duplicates (deep copy) and removes", () => {
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    const items = [{ a: [1] }, { b: 2 }];
    const dup = duplicateItem(items, 0);
    expect(dup).toEqual([{ a: [1] }, { a: [1] }, { b: 2 }]);
    expect(dup[1]).not.toBe(dup[0]);
    expect(removeItem([1, 2, 3], 1)).toEqual([1, 3]);
  });
});

describe("content blocks", () => {
  it("toggles a cache breakpoint", () => {
    const on = toggleCache({ type: "text", text: "x" }, true);
    expect(on).toEqual({ type: "text", text: "x", cache_control: { type: "ephemeral" } });
    expect(toggleCache(on, false)).toEqual({ type: "text", text: "x" });
  });
});

describe("clampToModel", () => {
  it("clamps max_tokens to the model's maximum output and leaves unknown limits alone", () => {
    expect(clampToModel({ ...base, max_tokens: 100_000 }, { maxOutput: 64_000 }).max_tokens).toBe(64_000);
    expect(clampToModel({ ...base, max_tokens: 100_000 }, {}).max_tokens).toBe(100_000);
  });
});

describe("withManualThinking", () => {
  const request = { model: "m", max_tokens: 1024, messages: [] };

  it("from the default max_tokens, takes the smallest budget and doubles max_tokens so the request stays valid", () => {
    expect(withManualThinking(request, { maxOutput: 32_768 })).toEqual({
      ...request,
      max_tokens: 2048,
      thinking: { type: "enabled", budget_tokens: 1024 },
    });
  });

  it("keeps a max_tokens that already leaves room, and a previous budget that fits under it", () => {
    expect(withManualThinking({ ...request, max_tokens: 8000 }, {})).toMatchObject({
      max_tokens: 8000,
      thinking: { budget_tokens: 1024 },
    });
    const before = { ...request, max_tokens: 8000, thinking: { type: "adaptive", budget_tokens: 4096 } };
    expect(withManualThinking(before, {})).toMatchObject({
      max_tokens: 8000,
      thinking: { type: "enabled", budget_tokens: 4096 },
    });
    expect(withManualThinking({ ...before, max_tokens: 3000 }, {})).toMatchObject({
      max_tokens: 3000,
      thinking: { budget_tokens: 2999 },
    });
  });

  it("never raises max_tokens beyond the model's output limit", () => {
    expect(withManualThinking({ ...request, max_tokens: 1000 }, { maxOutput: 1500 })).toMatchObject({
      max_tokens: 1500,
      thinking: { budget_tokens: 1024 },
    });
  });
});
