import { describe, expect, it } from "vitest";
import { fromStoredText, isLongText, isStoredText, toStoredText } from "./stored-text";

describe("a stream's text stored as a Blob", () => {
  it("gives back the same chunks and times, characters of any width included", async () => {
    const saved = {
      text: ['event: ping\ndata: {"type":"ping"}\n\n', "data: é 🙂 中文", "", "\n\nevent: message_stop\n\n"],
      at: [3, 4.5, 6, 9],
    };
    const stored = await toStoredText(saved, async () => {});
    expect(isStoredText(stored)).toBe(true);
    expect(stored.blob).toBeInstanceOf(Blob);
    expect(await fromStoredText(stored)).toEqual(saved);
  });

  it("is made a slice at a time, pausing between slices", async () => {
    const chunk = "x".repeat(1000);
    const saved = {
      text: Array.from({ length: 10 }, (_, i) => chunk + i),
      at: Array.from({ length: 10 }, (_, i) => i),
    };
    let pauses = 0;
    const stored = await toStoredText(saved, async () => void pauses++, 3000);
    expect(pauses).toBe(3); // after 3,000, 6,000 and 9,000 characters; the last 1,010 go in the closing slice
    expect(await fromStoredText(stored)).toEqual(saved);
  });

  it("cuts a chunk longer than a slice across slices, never inside a character", async () => {
    // 🙂 is two UTF-16 code units, and the first slice's end (3,000 characters) falls between them.
    const chunk = `${"x".repeat(2990)}🙂${"y".repeat(7000)}`;
    const saved = { text: ["data: a\n\n", chunk], at: [1, 2] };
    let pauses = 0;
    const stored = await toStoredText(saved, async () => void pauses++, 3000);
    expect(pauses).toBe(3);
    expect(await fromStoredText(stored)).toEqual(saved);
  });

  it("keeps an empty stream empty", async () => {
    const stored = await toStoredText({ text: [], at: [] }, async () => {});
    expect(await fromStoredText(stored)).toEqual({ text: [], at: [] });
  });

  it("is for long texts only: a short one is stored as it is", () => {
    expect(isLongText({ text: ["data: short\n\n"], at: [1] })).toBe(false);
    expect(isLongText({ text: ["x".repeat(100_000), "x".repeat(40_000)], at: [1, 2] })).toBe(true);
  });

  it("is told apart from the other forms history has stored", () => {
    expect(isStoredText({ text: ["a"], at: [1] })).toBe(false);
    expect(isStoredText([{ name: "ping", raw: "{}", at: 1 }])).toBe(false);
    expect(isStoredText(undefined)).toBe(false);
  });
});
