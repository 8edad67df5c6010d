import { describe, expect, it } from "vitest";
import { parseDelimited } from "./delimited";
import { casesToCsv, casesToJsonLines, MAX_TEST_CASES, parseCases } from "./test-cases";

describe("parseDelimited", () => {
  it("reads RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF and LF", () => {
    const text = '\ufeffa,b\r\n"x, y","say ""hi"""\n"two\r\nlines",\n';
    expect(parseDelimited(text)).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["two\r\nlines", ""],
    ]);
  });

  it("reads tab-separated text, and a last line without a line break", () => {
    expect(parseDelimited("a\tb\n1\t2", "\t")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});

describe("parseCases", () => {
  it("takes the header as the columns, one case per row", () => {
    const parsed = parseCases("topic,audience\ntides,children\nharbours,sailors\n");
    expect(parsed).toEqual({
      ok: true,
      value: {
        columns: ["topic", "audience"],
        rows: [
          { topic: "tides", audience: "children" },
          { topic: "harbours", audience: "sailors" },
        ],
      },
    });
  });

  it("reads what a spreadsheet copies (tab-separated), and fills short rows with empty values", () => {
    const parsed = parseCases("topic\taudience\ntides\n\nharbours\tsailors");
    expect(parsed.ok && parsed.value.rows).toEqual([
      { topic: "tides", audience: "" },
      { topic: "harbours", audience: "sailors" },
    ]);
  });

  it("reads JSON Lines and a JSON array, values other than strings as their JSON", () => {
    const lines = '{"topic":"tides","n":3}\n\n{"topic":"harbours","extra":{"a":1},"none":null}\n';
    const parsed = parseCases(lines);
    expect(parsed).toEqual({
      ok: true,
      value: {
        columns: ["topic", "n", "extra", "none"],
        rows: [
          { topic: "tides", n: "3", extra: "", none: "" },
          { topic: "harbours", n: "", extra: '{"a":1}', none: "" },
        ],
      },
    });
    expect(parseCases('[{"a":"1"},{"a":"2"}]')).toMatchObject({ ok: true, value: { rows: [{ a: "1" }, { a: "2" }] } });
  });

  it("refuses bad input whole, naming where", () => {
    expect(parseCases("")).toMatchObject({ ok: false, message: "The text is empty. Nothing was imported." });
    expect(parseCases("a,,b\n1,2,3")).toMatchObject({ ok: false, message: expect.stringContaining("Column 2") });
    expect(parseCases("a,a\n1,2")).toMatchObject({ ok: false, message: expect.stringContaining("“a” twice") });
    expect(parseCases("a\n1,2")).toMatchObject({ ok: false, message: expect.stringContaining("Row 2 has 2 fields") });
    expect(parseCases('{"a":1}\nnot json')).toMatchObject({ ok: false, message: expect.stringContaining("Line 2") });
    expect(parseCases('{"a":1}\n[1]')).toMatchObject({ ok: false, message: expect.stringContaining("Entry 2") });
    expect(parseCases("a\n")).toMatchObject({ ok: false, message: expect.stringContaining("no test cases") });
    const many = `a\n${"x\n".repeat(MAX_TEST_CASES + 1)}`;
    expect(parseCases(many)).toMatchObject({
      ok: false,
      message: expect.stringContaining(`at most ${MAX_TEST_CASES}`),
    });
  });
});

describe("export", () => {
  const table = {
    columns: ["question", "note"],
    rows: [
      { question: 'What is "=1+1"?', note: "a, b\nc" },
      { question: "=SUM(A1)", note: "-5" },
    ],
  };

  it("writes CSV that reads back the same, formulas kept as text for a spreadsheet", () => {
    const csv = casesToCsv(table);
    expect(csv).toContain("'=SUM(A1)");
    expect(parseCases(csv)).toEqual({ ok: true, value: table });
  });

  it("writes JSON Lines that read back the same", () => {
    const jsonl = casesToJsonLines(table);
    expect(jsonl.trim().split("\n")).toHaveLength(2);
    expect(parseCases(jsonl)).toEqual({ ok: true, value: table });
  });
});
