import { describe, expect, it } from "vitest";
import { segmentMarkdown, type SegmentState } from "./segments";

describe("segmentMarkdown", () => {
  it("cuts at blank lines and keeps the unfinished tail as the live segment", () => {
    expect(segmentMarkdown("# Title\n\nA paragraph\nstill it.\n\n- a\n- b").segments).toEqual([
      "# Title",
      "A paragraph\nstill it.",
      "- a\n- b",
    ]);
  });

  it("never cuts inside a fenced code block, even across blank lines", () => {
    const text = "Intro\n\n```ts\nconst a = 1;\n\nconst b = 2;\n```\n\nAfter";
    expect(segmentMarkdown(text).segments).toEqual(["Intro", "```ts\nconst a = 1;\n\nconst b = 2;\n```", "After"]);
    expect(segmentMarkdown("~~~\nx\n\n```\n\ny").segments).toEqual(["~~~\nx\n\n```\n\ny"]);
  });

  it("streamed in any chunking, ends with the same segments as the whole text, reusing finished ones", () => {
    const text = "Para one.\n\n```js\nlet x;\n\n\nx++;\n```\n\n1. a\n2. b\n\n> quote\n\nEnd.\n";
    const whole = segmentMarkdown(text).segments;
    for (const size of [1, 2, 3, 7, 13]) {
      let state: SegmentState | undefined;
      let segments: string[] = [];
      for (let end = size; end < text.length + size; end += size) {
        const previousStable = state?.stable;
        ({ state, segments } = segmentMarkdown(text.slice(0, end), state));
        // Finished segments keep their identity: their views are not re-rendered.
        if (previousStable) previousStable.forEach((s, i) => expect(state!.stable[i]).toBe(s));
      }
      expect(segments).toEqual(whole);
    }
  });

  it("starts over when the text is not an extension of the previous one", () => {
    const first = segmentMarkdown("a\n\nb\n\nc");
    expect(segmentMarkdown("x\n\ny", first.state).segments).toEqual(["x", "y"]);
  });
});
