import { describe, expect, it } from "vitest";
import { childPath, diffFields, parseJsonDocument } from "./fields";

describe("diffFields", () => {
  it("names each changed, added and removed field by its path", () => {
    const before = { city: "Paris", units: "celsius", days: 3 };
    const after = { city: "Lyon", days: 3, detail: "hourly" };
    expect(diffFields(before, after)).toEqual([
      { path: "city", kind: "changed", before: "Paris", after: "Lyon" },
      { path: "units", kind: "removed", before: "celsius" },
      { path: "detail", kind: "added", after: "hourly" },
    ]);
  });

  it("walks nested objects and compares arrays by position", () => {
    const before = { messages: [{ role: "user", content: [{ type: "text", text: "Hi" }] }] };
    const after = {
      messages: [
        { role: "user", content: [{ type: "text", text: "Hello" }] },
        { role: "assistant", content: "ok" },
      ],
    };
    expect(diffFields(before, after)).toEqual([
      { path: "messages[0].content[0].text", kind: "changed", before: "Hi", after: "Hello" },
      { path: "messages[1]", kind: "added", after: { role: "assistant", content: "ok" } },
    ]);
    expect(diffFields([1, 2, 3], [1, 2])).toEqual([{ path: "[2]", kind: "removed", before: 3 }]);
  });

  it("sees no difference in key order, nor in a field set to undefined", () => {
    expect(diffFields({ a: 1, b: { c: [1, { d: 2 }] } }, { b: { c: [1, { d: 2 }] }, a: 1, e: undefined })).toEqual([]);
  });

  it("reports a change of type whole, at its path, and a change at the root with the empty path", () => {
    expect(diffFields({ input: { q: "x" } }, { input: "x" })).toEqual([
      { path: "input", kind: "changed", before: { q: "x" }, after: "x" },
    ]);
    expect(diffFields(1, 2)).toEqual([{ path: "", kind: "changed", before: 1, after: 2 }]);
    expect(diffFields(null, {})).toEqual([{ path: "", kind: "changed", before: null, after: {} }]);
  });

  it("quotes keys that are not plain names", () => {
    expect(childPath("", "content-type")).toBe('["content-type"]');
    expect(childPath("headers", "x y")).toBe('headers["x y"]');
    expect(childPath("a", 2)).toBe("a[2]");
    expect(diffFields({ "a.b": 1 }, { "a.b": 2 })[0].path).toBe('["a.b"]');
  });

  it("starts paths where it is told", () => {
    expect(diffFields({ a: 1 }, { a: 2 }, "input")).toEqual([
      { path: "input.a", kind: "changed", before: 1, after: 2 },
    ]);
  });
});

describe("parseJsonDocument", () => {
  it("reads an object or an array, and nothing else", () => {
    expect(parseJsonDocument(' {"a": 1}\n')).toEqual({ a: 1 });
    expect(parseJsonDocument("[1]")).toEqual([1]);
    expect(parseJsonDocument("42")).toBeUndefined();
    expect(parseJsonDocument('"text"')).toBeUndefined();
    expect(parseJsonDocument('{"cut short": ')).toBeUndefined();
    expect(parseJsonDocument("Plain words.")).toBeUndefined();
  });
});
