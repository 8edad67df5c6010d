import { describe, expect, it } from "vitest";
import { jsonPath, matchSchema } from "./schema-match";

const ITEMS = {
  type: "object",
  properties: {
    items: {
      type: "array",
      items: {
        type: "object",
        properties: { name: { type: "string" }, price: { type: "number" } },
        required: ["name", "price"],
        additionalProperties: false,
      },
    },
    status: { enum: ["open", "paid"] },
    kind: { const: "order" },
    when: { type: "string", format: "date" },
    count: { type: ["integer", "null"] },
  },
  required: ["items"],
  additionalProperties: false,
};
const order = (patch: Record<string, unknown>) => JSON.stringify({ items: [{ name: "tea", price: 3 }], ...patch });

describe("whether a structured reply matches its response format", () => {
  it("says it matches", async () => {
    expect(await matchSchema(order({ status: "paid", kind: "order", when: "2026-11-25" }), ITEMS)).toEqual({
      matches: true,
    });
  });

  it("says what is wrong and where, in the reply's own terms", async () => {
    const items = [
      { name: "a", price: 1 },
      { name: "b", price: 2 },
      { name: "c", price: "3" },
    ];
    expect(await matchSchema(order({ items }), ITEMS)).toEqual({
      matches: false,
      problem: "`$.items[2].price` must be a number",
    });
    expect((await matchSchema(order({ items: [{ name: "x" }] }), ITEMS)).problem).toBe(
      "`$.items[0]` lacks the required property `price`",
    );
    expect((await matchSchema(order({ extra: 1 }), ITEMS)).problem).toBe(
      "`$` has a property the schema does not allow: `extra`",
    );
    expect((await matchSchema(order({ status: "late" }), ITEMS)).problem).toBe(
      '`$.status` must be one of "open", "paid"',
    );
    expect((await matchSchema(order({ kind: "x" }), ITEMS)).problem).toMatch(/^`\$\.kind` must be "order"/);
    expect((await matchSchema(order({ when: "Tuesday" }), ITEMS)).problem).toBe("`$.when` is not a valid date");
    expect((await matchSchema(order({ count: 1.5 }), ITEMS)).problem).toBe("`$.count` must be an integer or null");
  });

  it("says so when the text is not JSON at all (a reply cut by max_tokens)", async () => {
    const result = await matchSchema('{"items": [{"name": "te', ITEMS);
    expect(result.matches).toBe(false);
    expect(result.problem).toMatch(/^the text is not valid JSON: /);
  });

  it("writes JSON paths as people read them", () => {
    const value = { a: [{ "odd name": { b: 1 } }] };
    expect(jsonPath("#/a/0/odd%20name/b", value)).toBe('$.a[0]["odd name"].b');
    expect(jsonPath("#", value)).toBe("$");
    expect(jsonPath("#/x~1y", { "x/y": 1 })).toBe('$["x/y"]');
  });
});
