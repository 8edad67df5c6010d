import { describe, expect, it } from "vitest";
import type { LiveBlock, LiveMessage } from "../stream/accumulate";
import { FinishedSegments } from "./finished-segments";
import { segmentMarkdown } from "./segments";

const message = (...content: LiveBlock[]): LiveMessage =>
  ({
    id: "msg",
    model: "m",
    role: "assistant",
    content,
    stop_reason: null,
    stop_sequence: null,
    usage: { input_tokens: 1, output_tokens: 1 },
  }) as LiveMessage;
const text = (value: string, complete = false) => ({ type: "text", text: value, complete }) as LiveBlock;

describe("FinishedSegments", () => {
  it("reports each finished segment once, in order, and the tail only when the block is complete", () => {
    const whole = "# Title\n\nFirst paragraph.\n\n```ts\nconst a = 1;\n\nconst b = 2;\n```\n\n- a\n- b\n\nLast line.";
    const finished = new FinishedSegments();
    const reported: string[] = [];
    for (let end = 1; end <= whole.length; end += 5)
      reported.push(...finished.take(message(text(whole.slice(0, end)))));
    // Streaming: everything but the tail, which may still grow.
    expect(reported).toEqual(segmentMarkdown(whole).segments.slice(0, -1));
    reported.push(...finished.take(message(text(whole, true))));
    expect(reported).toEqual(segmentMarkdown(whole).segments);
    expect(finished.take(message(text(whole, true)))).toEqual([]);
  });

  it("gives the very strings a view cuts from the same text (its conversion cache is keyed by them)", () => {
    const finished = new FinishedSegments();
    const reply = "Intro line.\n\nSecond *para*.\n\nThird.";
    expect(finished.take(message(text(reply, true)))).toEqual(["Intro line.", "Second *para*.", "Third."]);
  });

  it("follows each text block by its index and leaves other blocks alone", () => {
    const finished = new FinishedSegments();
    const thinking = { type: "thinking", thinking: "Plan A.\n\nPlan B.\n\n", complete: true } as LiveBlock;
    expect(finished.take(message(thinking, text("One.\n\nTwo")))).toEqual(["One."]);
    expect(finished.take(message(thinking, text("One.\n\nTwo.", true), text("Other.\n\nMore")))).toEqual([
      "Two.",
      "Other.",
    ]);
    expect(finished.take(undefined)).toEqual([]);
  });
});
