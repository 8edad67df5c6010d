import { describe, expect, it } from "vitest";
import { validateRequest } from "./validate-request";

const SCHEMA = {
  type: "object",
  properties: { answer: { type: "string" }, score: { type: "integer", minimum: 0 } },
  required: ["answer", "score"],
  additionalProperties: false,
};
const base = (patch: Record<string, unknown> = {}) => ({
  model: "claude-opus-4-6",
  max_tokens: 1024,
  messages: [{ role: "user", content: "Rate this." }],
  ...patch,
});
const format = (schema: unknown) => ({ output_config: { format: { type: "json_schema", schema } } });
const tool = (name: string, input_schema: unknown, strict?: boolean) => ({ name, input_schema, strict });

describe("structured outputs in validation", () => {
  it("passes a format and a strict tool that keep to the subset, and a null format", () => {
    const clean = { ...SCHEMA, properties: { answer: { type: "string" } }, required: ["answer"] };
    expect(validateRequest(base({ ...format(clean), tools: [tool("lookup", clean, true)] }))).toEqual([]);
    expect(validateRequest(base({ output_config: { format: null, effort: "low" } }))).toEqual([]);
  });

  it("reports every unsupported feature of a format on its own path, under the format", () => {
    const issues = validateRequest(
      base(format({ ...SCHEMA, properties: { ...SCHEMA.properties, tags: { type: "array", maxItems: 3 } } })),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        "output_config.format.schema.properties.score",
        "output_config.format.schema: For 'integer' type, property 'minimum' is not supported (at properties.score)",
      ],
      [
        "output_config.format.schema.properties.tags",
        "output_config.format.schema: For 'array' type, property 'maxItems' is not supported (at properties.tags)",
      ],
    ]);
  });

  it("checks a tool's schema against the subset only when the tool is strict", () => {
    expect(validateRequest(base({ tools: [tool("lookup", SCHEMA)] }))).toEqual([]);
    expect(validateRequest(base({ tools: [tool("lookup", SCHEMA, false)] }))).toEqual([]);
    expect(validateRequest(base({ tools: [tool("lookup", { type: "object" }, true)] }))).toEqual([
      {
        path: "tools.0.input_schema",
        message:
          "tools.0.custom.input_schema: For 'object' type, 'additionalProperties' must be explicitly set to false",
        errorType: "invalid_request_error",
      },
    ]);
  });

  it("leaves the schema to count_tokens, which counts without compiling it", () => {
    const body = base({ ...format(SCHEMA), tools: [tool("lookup", SCHEMA, true)] });
    expect(validateRequest(body).length).toBeGreaterThan(0);
    const { max_tokens: _unused, ...counted } = body;
    expect(validateRequest(counted, { endpoint: "count_tokens" })).toEqual([]);
  });

  it("adds up optional parameters across the format and strict tools, and puts the issue where the limit is crossed", () => {
    const optional = (n: number, prefix: string) => ({
      type: "object",
      properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, { type: "string" }])),
      additionalProperties: false,
    });
    expect(
      validateRequest(base({ ...format(optional(12, "f")), tools: [tool("t", optional(12, "t"), true)] })),
    ).toEqual([]);
    const issues = validateRequest(
      base({ ...format(optional(12, "f")), tools: [tool("t", optional(13, "t"), true), tool("u", optional(30, "u"))] }),
    );
    expect(issues).toEqual([
      {
        path: "tools.0.input_schema",
        message:
          "Schemas contains too many optional parameters (25 parameters not listed in required) which exceeds the limit: 24",
        errorType: "invalid_request_error",
      },
    ]);
  });

  it("refuses a format that is not a JSON schema format in the API's words", () => {
    expect(validateRequest(base({ output_config: { format: { type: "xml" } } }))[0].message).toBe(
      "output_config.format.type: Input tag 'xml' found using 'type' does not match any of the expected tags: 'json_schema'",
    );
    expect(validateRequest(base({ output_config: { format: { type: "json_schema" } } }))[0].message).toBe(
      "output_config.format.schema: Field required",
    );
  });
});
