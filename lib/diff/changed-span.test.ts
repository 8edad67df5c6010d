import { describe, expect, it } from "vitest";
import { changedSpan } from "./changed-span";

const apply = (before: string, span: ReturnType<typeof changedSpan>) =>
  span ? before.slice(0, span.start) + span.text + before.slice(span.end) : before;

describe("changedSpan", () => {
  it("is null for the same text", () => {
    expect(changedSpan('{"a": 1}', '{"a": 1}')).toBeNull();
  });

  it("is the one character typed, inserted, deleted or replaced", () => {
    expect(changedSpan('"Be brief."', '"Be briefs."')).toEqual({ start: 9, end: 9, text: "s" });
    expect(changedSpan('"Be briefs."', '"Be brief."')).toEqual({ start: 9, end: 10, text: "" });
    expect(changedSpan('"Be brief."', '"Be brieF."')).toEqual({ start: 8, end: 9, text: "F" });
  });

  it("keeps prefix and suffix apart where the text repeats", () => {
    // "aaa" → "aaaa": one "a" inserted, and the span stays inside both texts.
    const span = changedSpan("aaa", "aaaa")!;
    expect(span.end - span.start).toBe(0);
    expect(span.text).toBe("a");
    expect(apply("aaa", span)).toBe("aaaa");
    expect(apply("abcabc", changedSpan("abcabc", "abc"))).toBe("abc");
    expect(apply("", changedSpan("", "new"))).toBe("new");
    expect(apply("old", changedSpan("old", ""))).toBe("");
  });

  it("never cuts a surrogate pair in half", () => {
    // 😀 is \ud83d\ude00 and 😁 is \ud83d\ude01: they share their first unit.
    const span = changedSpan("x😀y", "x😁y")!;
    expect(span).toEqual({ start: 1, end: 3, text: "😁" });
    // Their second units differ here, their first do not: the suffix must not start inside a pair.
    const other = changedSpan("a\ud83d\ude00", "a\ud83e\ude00")!;
    expect(other).toEqual({ start: 1, end: 3, text: "\ud83e\ude00" });
  });

  it("turns any text into any other", () => {
    const texts = ["", "a", "ab", "ba", "abc", "aXc", '{\n  "system": "x"\n}', "😀😀", "a😀b", "😁"];
    for (const before of texts)
      for (const after of texts) expect(apply(before, changedSpan(before, after))).toBe(after);
  });
});
