import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkStructuredSchema } from "./structured-schema-check";

const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
  ...extra,
});
const problems = (schema: unknown) => checkStructuredSchema(schema).problems;

describe("the structured-outputs subset of JSON Schema", () => {
  it("accepts the documentation's own examples", () => {
    // JSON outputs quick start, and strict tool use's (with an optional enum property).
    expect(
      problems(
        object({
          name: { type: "string" },
          email: { type: "string" },
          plan_interest: { type: "string" },
          demo_requested: { type: "boolean" },
        }),
      ),
    ).toEqual([]);
    expect(
      problems({
        type: "object",
        properties: {
          location: { type: "string", description: "The city and state, e.g. San Francisco, CA" },
          unit: { type: "string", enum: ["celsius", "fahrenheit"] },
        },
        required: ["location"],
        additionalProperties: false,
      }),
    ).toEqual([]);
    expect(
      problems(
        object({
          departure_date: { type: "string", format: "date" },
          passengers: { type: "integer", enum: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
          next_steps: { type: "array", items: { type: "string" }, minItems: 1 },
          kind: { const: "trip" },
          note: { anyOf: [{ type: "string" }, { type: "null" }], default: null },
        }),
      ),
    ).toEqual([]);
  });

  it("accepts what the official SDK's zodOutputFormat sends, $defs and $ref included", () => {
    const Item = z.object({ name: z.string(), price: z.number().min(0) });
    const Order = z.object({
      id: z.string().uuid(),
      items: z.array(Item).min(1),
      gift: Item.optional(),
      note: z.string().max(200).nullable(),
      status: z.enum(["open", "paid"]),
      tags: z.array(z.string()).max(5),
    });
    const { schema } = zodOutputFormat(Order);
    expect(JSON.stringify(schema)).toContain("$ref");
    expect(problems(schema)).toEqual([]);
  });

  it("refuses the unsupported constraints, in the API's words, saying where", () => {
    expect(problems(object({ age: { type: "integer", minimum: 0 } }))).toEqual([
      { path: "properties.age", message: "For 'integer' type, property 'minimum' is not supported" },
    ]);
    expect(problems(object({ score: { type: "number", minimum: 0, maximum: 1 } }))[0].message).toBe(
      "For 'number' type, properties maximum, minimum are not supported",
    );
    expect(problems(object({ code: { type: "string", maxLength: 3 } }))[0].message).toBe(
      "For 'string' type, property 'maxLength' is not supported",
    );
    expect(problems(object({ tags: { type: "array", items: { type: "string" }, minItems: 2 } }))).toEqual([
      {
        path: "properties.tags.minItems",
        message: "For 'array' type, 'minItems' values other than 0 or 1 are not supported",
      },
    ]);
    expect(problems(object({ tags: { type: "array", items: { type: "string" }, maxItems: 4 } }))[0].message).toBe(
      "For 'array' type, property 'maxItems' is not supported",
    );
    expect(problems(object({ pick: { enum: ["a", { b: 1 }] } }))[0]).toMatchObject({
      path: "properties.pick.enum",
      message: expect.stringMatching(/complex types within enums/),
    });
    expect(problems(object({ x: { $ref: "https://example.com/x.json" } }))[0]).toMatchObject({
      path: "properties.x.$ref",
      message: "external $ref is not supported: 'https://example.com/x.json'",
    });
    const withAllOfRef = object(
      { x: { allOf: [{ $ref: "#/$defs/A" }, { description: "an A" }] } },
      { $defs: { A: object({ a: { type: "string" } }) } },
    );
    expect(problems(withAllOfRef)).toEqual([
      { path: "properties.x.allOf.0", message: "allOf with $ref is not supported" },
    ]);
  });

  it("wants additionalProperties: false on every object, nested ones too", () => {
    expect(problems({ type: "object", properties: { a: { type: "string" } } })).toEqual([
      { path: "", message: "For 'object' type, 'additionalProperties' must be explicitly set to false" },
    ]);
    expect(problems(object({ inner: { type: "object", properties: {}, additionalProperties: true } }))).toEqual([
      {
        path: "properties.inner.additionalProperties",
        message:
          "For 'object' type, 'additionalProperties: true' is not supported. Please set 'additionalProperties' to false",
      },
    ]);
    expect(
      problems(
        object({ list: { type: "array", items: { type: "object", additionalProperties: { type: "string" } } } }),
      ),
    ).toEqual([
      {
        path: "properties.list.items.additionalProperties",
        message: "For 'object' type, 'additionalProperties' must be explicitly set to false",
      },
    ]);
  });

  it("refuses a recursive schema, and not a definition used twice", () => {
    const tree = object(
      { root: { $ref: "#/$defs/Node" } },
      {
        $defs: {
          Node: object({ label: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/Node" } } }),
        },
      },
    );
    expect(problems(tree)).toEqual([
      { path: "$defs.Node.properties.children.items.$ref", message: "Too many recursive definitions in schema" },
    ]);
    expect(problems(object({ self: { $ref: "#" } }))[0].message).toBe("Too many recursive definitions in schema");
    const twice = object(
      { from: { $ref: "#/definitions/Place" }, to: { $ref: "#/definitions/Place" } },
      { definitions: { Place: object({ city: { type: "string" } }) } },
    );
    expect(problems(twice)).toEqual([]);
  });

  it("counts optional and union-typed parameters for the request's limits", () => {
    const facts = checkStructuredSchema({
      type: "object",
      properties: {
        a: { type: ["string", "null"] },
        b: { anyOf: [{ type: "string" }, { type: "integer" }] },
        c: object({ d: { type: "string" }, e: { type: "string" } }, { required: ["d"] }),
      },
      required: ["a"],
      additionalProperties: false,
    });
    expect(facts).toMatchObject({ problems: [], optionalParameters: 3, unionParameters: 2 });
  });
});
