import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("CSV (RFC 4180)", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(12.5)).toBe("12.5");
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("keeps text that a spreadsheet would run as a formula as text", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("@sum")).toBe("'@sum");
    expect(csvField(-3)).toBe("-3");
  });

  it("ends every record with CRLF, one line per row", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        [1, "x,y"],
        [2, null],
      ],
    );
    expect(csv).toBe('a,b\r\n1,"x,y"\r\n2,\r\n');
  });
});
