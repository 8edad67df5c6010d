import { describe, expect, it } from "vitest";
import { parseToolImport } from "./tool-import";

const tool = { name: "t", description: "d", input_schema: { type: "object", properties: {} }, extra_field: 1 };

describe("parseToolImport", () => {
  it("takes one tool, a list, or a request's tools, keeping unknown fields", () => {
    expect(parseToolImport(JSON.stringify(tool))).toEqual({ tools: [tool] });
    expect(parseToolImport(JSON.stringify([tool, tool]))).toEqual({ tools: [tool, tool] });
    expect(parseToolImport(JSON.stringify({ model: "m", tools: [tool] }))).toEqual({ tools: [tool] });
  });

  it("converts an OpenAI-style function definition", () => {
    const fn = {
      type: "function",
      function: { name: "f", description: "x", parameters: { type: "object", properties: { a: { type: "string" } } } },
    };
    expect(parseToolImport(JSON.stringify(fn))).toEqual({
      tools: [{ name: "f", description: "x", input_schema: fn.function.parameters }],
    });
  });

  it("explains what is wrong", () => {
    expect(parseToolImport("{nope")).toHaveProperty("error", expect.stringMatching(/^Not valid JSON/));
    expect(parseToolImport(JSON.stringify({ description: "no name" }))).toHaveProperty(
      "error",
      expect.stringMatching(/Tool 1: name/),
    );
    expect(parseToolImport(JSON.stringify({ name: "x", input_schema: { type: "string" } }))).toHaveProperty(
      "error",
      'Tool 1: input_schema.type must be "object".',
    );
    expect(parseToolImport("[]")).toHaveProperty("error", "No tool found in the JSON.");
  });
});
