import { describe, expect, it } from "vitest";
import { diffTextByWords } from "./words";

const render = (pieces: { kind: string; text: string }[]) =>
  pieces.map((p) => (p.kind === "added" ? `{+${p.text}+}` : p.kind === "removed" ? `[-${p.text}-]` : p.text)).join("");

describe("diffTextByWords", () => {
  it("marks the words the second text replaced, keeping the rest as it reads", () => {
    const diff = diffTextByWords("The sky is blue today.", "The sky is grey today.");
    expect(render(diff.pieces)).toBe("The sky is [-blue-]{+grey+} today.");
    expect(diff).toMatchObject({ added: 1, removed: 1 });
  });

  it("counts the words added and removed, not the punctuation", () => {
    const diff = diffTextByWords("Paris is the capital.", "Paris is the capital of France, of course.");
    expect(render(diff.pieces)).toBe("Paris is the capital{+ of France, of course+}.");
    expect(diff).toMatchObject({ added: 4, removed: 0 }); // of, France, of, course
  });

  it("gives one unchanged piece for equal texts and nothing for two empty ones", () => {
    expect(diffTextByWords("same words", "same words")).toEqual({
      pieces: [{ kind: "same", text: "same words" }],
      added: 0,
      removed: 0,
    });
    expect(diffTextByWords("", "")).toEqual({ pieces: [], added: 0, removed: 0 });
  });

  it("shows a text added from nothing, and one removed whole", () => {
    expect(diffTextByWords("I'll go.", "")).toMatchObject({ removed: 2 });
    expect(diffTextByWords("", "Hello there")).toMatchObject({
      pieces: [{ kind: "added", text: "Hello there" }],
      added: 2,
    });
    expect(diffTextByWords("Hello there", "")).toMatchObject({
      pieces: [{ kind: "removed", text: "Hello there" }],
      removed: 2,
    });
  });

  it("compares words in any script, and keeps line breaks in the pieces", () => {
    const diff = diffTextByWords("Grüße aus Köln\nbis bald", "Grüße aus München\nbis bald");
    expect(render(diff.pieces)).toBe("Grüße aus [-Köln-]{+München+}\nbis bald");
  });

  it("gives up on word pieces past the time limit, and says so, rather than freeze the page", () => {
    const words = (seed: number) => Array.from({ length: 4000 }, (_, i) => `w${(i * seed) % 997}`).join(" ");
    const diff = diffTextByWords(words(7), words(13), 0);
    expect(diff.tooDifferent).toBe(true);
    expect(diff.pieces.map((p) => p.kind)).toEqual(["removed", "added"]);
    expect(diff.added).toBe(4000);
  });

  it("rebuilds each text exactly from its pieces, whitespace and paragraphs included", () => {
    const a = "There are a few ways to look at this.\n\nThat is the gist of it.";
    const b = "There are a few ways  to look at it.\n\nMention the food, too.\n\nThat is the gist of it.\n";
    const diff = diffTextByWords(a, b);
    const side = (skip: string) =>
      diff.pieces
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join("");
    expect(side("added")).toBe(a);
    expect(side("removed")).toBe(b);
  });

  it("reads changes that only spaces separate as one removal and one addition", () => {
    const diff = diffTextByWords("There are a few ways to see it.", "Let me take that step to see it.");
    expect(render(diff.pieces)).toBe("[-There are a few ways-]{+Let me take that step+} to see it.");
    expect(diff).toMatchObject({ added: 5, removed: 5 });
    // A word both share stays between them.
    expect(render(diffTextByWords("red fox and blue hen", "big fox and tall hen").pieces)).toBe(
      "[-red-]{+big+} fox and [-blue-]{+tall+} hen",
    );
  });
});
