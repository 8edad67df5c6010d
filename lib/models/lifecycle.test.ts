import { describe, expect, it } from "vitest";
import { findModel } from ".";
import { formatDay, lifecycleNote, optionLabel } from "./lifecycle";

describe("lifecycle words", () => {
  it("says a deprecated model's retirement in its option and its note; a legacy one is marked; a current one is not", () => {
    const opus45 = findModel("claude-opus-4-5")!;
    expect(optionLabel(opus45)).toBe("Claude Opus 4.5 (retires Jan 22, 2027)");
    expect(lifecycleNote(opus45)).toBe("Deprecated: retires Jan 22, 2027, when calls to it start failing.");
    expect(optionLabel(findModel("claude-opus-4-6")!)).toBe("Claude Opus 4.6");
    expect(lifecycleNote(findModel("claude-opus-4-6")!)).toBe("Legacy: still available, no longer updated.");
    expect(lifecycleNote(findModel("claude-opus-5-5")!)).toBeUndefined();
  });

  it("reads dates as calendar days, whatever the time zone", () => {
    expect(formatDay("2027-01-01")).toBe("Jan 1, 2027");
  });
});
