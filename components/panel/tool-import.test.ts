import { describe, expect, it } from "vitest";
import { parseToolImport } from "./tool-import";

const tool = { name: "t", description: "d", input_schema: { type: "object", properties: {} }, extra_field: 1 };

describe("parseToolImport", () => {
  it("takes one tool, a list, or a request's tools, keeping unknown fields", () => {
    expect(parseToolImport(JSON.stringify(tool))).toEqual({ tools: [tool] });
    expect(parseToolImport(JSON.stringify([tool, tool]))).toEqual({ tools: [tool, tool] });
    expect(parseToolImport(JSON.stringify({ model: "m", tools: [tool] }))).toEqual({ tools: [tool] });
  });

  it("takes server and Anthropic-defined tools of any type as written, a toolset without a name too", () => {
    const typed = [
      { type: "web_search_20260318", name: "web_search", max_uses: 3, allowed_domains: ["example.com"] },
      { type: "bash_20250124", name: "bash" },
      { type: "computer_toolset_20260801", configs: { display: { width: 1024 } } },
      { type: "future_tool_20300101", name: "future", whatever: { nested: [1, 2] } },
    ];
    expect(parseToolImport(JSON.stringify(typed))).toEqual({ tools: typed });
    expect(parseToolImport(JSON.stringify({ tools: [tool, typed[0]] }))).toEqual({ tools: [tool, typed[0]] });
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
    expect(parseToolImport(JSON.stringify({ type: "custom", name: "x" }))).toHaveProperty(
      "error",
      expect.stringMatching(/^Tool 1: input_schema: a custom tool needs an input_schema/),
    );
    expect(parseToolImport(JSON.stringify([tool, "web_search"]))).toHaveProperty(
      "error",
      "Tool 2: a tool is a JSON object.",
    );
    expect(parseToolImport("[]")).toHaveProperty("error", "No tool found in the JSON.");
  });
});
