import { describe, expect, it } from "vitest";
import { requestJsonSchema, responseFormatJsonSchema, toolInputJsonSchema } from "./request-json-schema";

describe("request JSON Schema", () => {
  const schema = requestJsonSchema() as { properties: Record<string, { description?: string }>; required: string[] };

  it("is generated from the zod schema: required fields, descriptions for hover, unknown fields allowed", () => {
    expect(schema.required).toEqual(["model", "max_tokens", "messages"]);
    expect(schema.properties.max_tokens.description).toMatch(/tokens/);
    expect(schema.properties.thinking.description).toMatch(/budget_tokens/);
    expect(schema).not.toHaveProperty("additionalProperties", false);
    expect(JSON.stringify(schema)).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });

  it("describes a tool input schema as an object", () => {
    const input = toolInputJsonSchema() as { properties: { type: { const?: string } }; required: string[] };
    expect(input.properties.type.const).toBe("object");
    expect(input.required).toContain("type");
  });

  it("describes structured outputs: output_config.format and a tool's strict, with hover text", () => {
    const text = JSON.stringify(schema.properties.output_config);
    expect(text).toContain('"const":"json_schema"');
    expect(text).toMatch(/Structured outputs/);
    expect(text).toMatch(/Must be false on every object/);
    const tool = (schema.properties.tools as unknown as { items: { properties: Record<string, unknown> } }).items;
    expect(tool.properties.strict).toMatchObject({
      type: "boolean",
      description: expect.stringMatching(/input_schema/),
    });
  });

  it("gives the response format's own editor a schema that wants additionalProperties false", () => {
    const format = responseFormatJsonSchema() as { properties: Record<string, Record<string, unknown>> };
    expect(format.properties.additionalProperties).toMatchObject({ const: false });
    expect(format.properties.type.enum).toContain("object");
  });
});
