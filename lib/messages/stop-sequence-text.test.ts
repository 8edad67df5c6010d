import { describe, expect, it } from "vitest";
import { formatStopSequences, parseStopSequences } from "./stop-sequence-text";

describe("stop sequences as lines", () => {
  it("writes a line break inside a sequence as \\n, and reads it back", () => {
    const sequences = ["\n\nHuman:", "END", "tab\there", "C:\\path", "\\n literally"];
    const text = formatStopSequences(sequences);
    expect(text.split("\n")).toEqual(["\\n\\nHuman:", "END", "tab\\there", "C:\\\\path", "\\\\n literally"]);
    expect(parseStopSequences(text)).toEqual(sequences);
  });

  it("skips empty lines and keeps a backslash before any other character", () => {
    expect(parseStopSequences("a\n\nb\\x")).toEqual(["a", "b\\x"]);
    expect(parseStopSequences("")).toBeUndefined();
    expect(formatStopSequences(undefined)).toBe("");
  });
});
