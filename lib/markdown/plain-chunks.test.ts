import { describe, expect, it } from "vitest";
import { chunkPlainText, type ChunkState } from "./plain-chunks";

describe("chunkPlainText", () => {
  it("keeps every character and cuts after blank lines", () => {
    expect(chunkPlainText("a\nb\n\n\nc\n\nd").chunks).toEqual(["a\nb\n\n\n", "c\n\n", "d"]);
  });

  it("streamed in any chunking, joins back to the text and keeps finished chunks", () => {
    const text = "one\n\ntwo\nlines\n\n\nthree\n\n";
    for (const size of [1, 2, 5]) {
      let state: ChunkState | undefined;
      let chunks: string[] = [];
      for (let end = size; end < text.length + size; end += size) {
        const before = state?.chunks;
        ({ state, chunks } = chunkPlainText(text.slice(0, end), state));
        before?.forEach((c, i) => expect(state!.chunks[i]).toBe(c));
        expect(chunks.join("")).toBe(text.slice(0, end));
      }
      expect(chunks).toEqual(["one\n\n", "two\nlines\n\n\n", "three\n\n"]);
    }
  });
});
