import { describe, expect, it } from "vitest";
import { requestJsonSchema, toolInputJsonSchema } from "./request-json-schema";

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
});
