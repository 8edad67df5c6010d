import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseSseText } from "@/lib/testing/stream-grammar";
import { ask, testSimulator as simulator, textOf, type Json } from "@/lib/testing/simulator-client";

// An independent validator, with the string formats structured outputs support.
const ajv = new Ajv2020({ strict: false, allErrors: true });
const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  time: /^\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/,
  duration: /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
  email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
  hostname: /^[a-z0-9.-]+$/i,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
  ipv4: /^(\d{1,3}\.){3}\d{1,3}$/,
  ipv6: /^[0-9a-f:]+$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};
for (const [name, pattern] of Object.entries(FORMATS)) ajv.addFormat(name, pattern);

const CONTACT = {
  type: "object",
  properties: {
    name: { type: "string" },
    email: { type: "string" },
    plan_interest: { type: "string" },
    demo_requested: { type: "boolean" },
  },
  required: ["name", "email", "plan_interest", "demo_requested"],
  additionalProperties: false,
};
const EMAIL =
  "Extract the key information from this email: John Smith (john@example.com) is interested in our Enterprise plan and wants to schedule a demo for next Tuesday at 2pm.";
const formatted = (question: string, schema: unknown, patch: Json = {}) => ({
  ...ask(question),
  output_config: { format: { type: "json_schema", schema } },
  ...patch,
});

const Trip = z.object({
  destination: z.string(),
  nights: z.number().int(),
  start: z.string().date(),
  travellers: z.array(z.object({ name: z.string(), email: z.string().email().nullable() })).min(1),
  budget: z.object({ amount: z.number(), currency: z.enum(["EUR", "USD", "JPY"]) }).optional(),
  home: z.object({ city: z.string() }),
  away: z.object({ city: z.string() }),
  kind: z.literal("trip"),
  summary: z.string(),
});
const SCHEMAS: Json[] = [
  CONTACT,
  zodOutputFormat(Trip).schema,
  {
    type: "object",
    properties: {
      items: {
        type: "array",
        items: {
          type: "object",
          properties: { name: { type: "string" }, price: { type: "number" }, id: { type: "string", format: "uuid" } },
          required: ["name", "price", "id"],
          additionalProperties: false,
        },
      },
      at: { type: "string", format: "date-time" },
      took: { type: "string", format: "duration" },
      host: { anyOf: [{ type: "string", format: "hostname" }, { type: "null" }] },
      address: { type: ["string", "null"], format: "ipv6" },
      note: { $ref: "#/$defs/Note" },
    },
    required: ["items", "at", "took", "host", "address", "note"],
    additionalProperties: false,
    $defs: { Note: { type: "object", properties: { text: { type: "string" } }, additionalProperties: false } },
  },
  { type: "array", items: { type: "string", enum: ["red", "green", "blue"] } },
];
const PROMPTS = [
  EMAIL,
  "Book 3 nights in Lisbon for Ada Lovelace, budget 900 EUR",
  "x",
  "Mail ana@example.org about it",
];

describe("structured outputs in the simulator", () => {
  it("answer with one text block of JSON, drawn from the conversation, as the docs' quick start shows", async () => {
    const { json } = await simulator().message(formatted(EMAIL, CONTACT));
    expect(json.stop_reason).toBe("end_turn");
    expect(json.content).toHaveLength(1);
    expect(json.content[0].type).toBe("text");
    const reply = JSON.parse(json.content[0].text);
    expect(ajv.validate(CONTACT, reply)).toBe(true);
    expect(reply).toEqual({
      name: "John Smith",
      email: "john@example.com",
      plan_interest: "Enterprise",
      demo_requested: true,
    });
    expect(json.content[0].text).not.toMatch(/\n/); // compact, as sent
  });

  for (const [i, schema] of SCHEMAS.entries()) {
    it(`always send JSON valid against the format's schema (schema ${i + 1}, several prompts)`, async () => {
      const sim = simulator();
      const validate = ajv.compile(schema);
      for (const prompt of PROMPTS) {
        const { json } = await sim.message(formatted(prompt, schema));
        expect(json.content.map((b: Json) => b.type)).toEqual(["text"]);
        const reply = JSON.parse(textOf(json));
        expect(validate(reply), `${prompt}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    });
  }

  it("take numbers and names the user gave, and are deterministic", async () => {
    const sim = simulator();
    const request = formatted(PROMPTS[1], zodOutputFormat(Trip).schema);
    const first = await sim.message(request);
    const reply = JSON.parse(textOf(first.json));
    expect(reply.nights).toBe(3);
    expect(reply.destination).toMatch(/Lisbon|Ada Lovelace/);
    expect(reply.kind).toBe("trip");
    expect(textOf((await sim.message(request)).json)).toBe(textOf(first.json));
  });

  it("stream the same JSON as text deltas", async () => {
    const sim = simulator();
    const request = formatted(EMAIL, CONTACT);
    const { json } = await sim.message(request);
    const response = await sim.call("/v1/messages", { ...request, stream: true });
    const events = parseSseText(await response.text());
    const deltas = events
      .filter((e) => e.name === "content_block_delta")
      .map((e) => (e.data as Json).delta.text)
      .join("");
    expect(deltas).toBe(textOf(json));
  });

  it("are cut by max_tokens into JSON that does not parse, with stop_reason max_tokens", async () => {
    const { json } = await simulator().message(formatted(EMAIL, CONTACT, { max_tokens: 8 }));
    expect(json.stop_reason).toBe("max_tokens");
    expect(() => JSON.parse(textOf(json))).toThrow();
    expect(textOf(json).startsWith('{"name":')).toBe(true);
  });

  it("come after thinking, which stays prose", async () => {
    const { json } = await simulator().message(formatted(EMAIL, CONTACT, { thinking: { type: "adaptive" } }));
    expect(json.content.map((b: Json) => b.type)).toEqual(["thinking", "text"]);
    expect(ajv.validate(CONTACT, JSON.parse(json.content[1].text))).toBe(true);
  });

  it("with tools, call them without a sentence of prose, then answer the tool result in JSON", async () => {
    const sim = simulator();
    const weather = {
      name: "get_weather",
      strict: true,
      input_schema: {
        type: "object",
        properties: { city: { type: "string" } },
        required: ["city"],
        additionalProperties: false,
      },
    };
    const schema = {
      type: "object",
      properties: { summary: { type: "string" }, warm: { type: "boolean" } },
      required: ["summary", "warm"],
      additionalProperties: false,
    };
    const first = await sim.message(formatted("Use get_weather for Paris", schema, { tools: [weather] }));
    expect(first.json.content.map((b: Json) => b.type)).toEqual(["tool_use"]);
    const call = first.json.content[0];
    const second = await sim.message(
      formatted("Use get_weather for Paris", schema, {
        tools: [weather],
        messages: [
          { role: "user", content: "Use get_weather for Paris" },
          { role: "assistant", content: first.json.content },
          { role: "user", content: [{ type: "tool_result", tool_use_id: call.id, content: "18°C and sunny" }] },
        ],
      }),
    );
    const reply = JSON.parse(textOf(second.json));
    expect(ajv.validate(schema, reply)).toBe(true);
    expect(reply.summary).toContain("18°C and sunny");
  });

  it("strict tools get inputs valid against their schema, $refs and unions included", async () => {
    const sim = simulator();
    for (const schema of SCHEMAS.filter((s) => s.type === "object")) {
      const validate = ajv.compile(schema);
      for (const prompt of PROMPTS) {
        const { json } = await sim.message({
          ...ask(prompt),
          tools: [{ name: "record", strict: true, input_schema: schema }],
          tool_choice: { type: "tool", name: "record" },
        });
        expect(json.content[0].type).toBe("tool_use");
        expect(validate(json.content[0].input), JSON.stringify(validate.errors)).toBe(true);
      }
    }
  });

  it("count the format in count_tokens and in usage, and a new format misses the prompt cache", async () => {
    const sim = simulator();
    const system = [{ type: "text", text: "Extract contacts. ".repeat(2000), cache_control: { type: "ephemeral" } }];
    const plain = { ...ask(EMAIL), system };
    const withFormat = formatted(EMAIL, CONTACT, { system });
    const { max_tokens: _a, ...countPlain } = plain;
    const { max_tokens: _b, ...countFormat } = withFormat;
    const counted = await sim.count(countFormat);
    expect(counted).toBeGreaterThan((await sim.count(countPlain)) + 30);

    const first = (await sim.message(withFormat)).json.usage;
    expect(first.input_tokens + first.cache_creation_input_tokens + first.cache_read_input_tokens).toBe(counted);
    expect(first.cache_creation_input_tokens).toBeGreaterThan(0);
    expect((await sim.message(withFormat)).json.usage.cache_read_input_tokens).toBe(first.cache_creation_input_tokens);
    const other = formatted(
      EMAIL,
      { ...CONTACT, properties: { ...CONTACT.properties, phone: { type: "string" } } },
      { system },
    );
    expect((await sim.message(other)).json.usage.cache_read_input_tokens).toBe(0);
  });

  it("refuse a schema outside the subset as the API does", async () => {
    const { response, json } = await simulator().message(
      formatted(EMAIL, { ...CONTACT, properties: { ...CONTACT.properties, age: { type: "integer", maximum: 150 } } }),
    );
    expect(response.status).toBe(400);
    expect(json.error).toEqual({
      type: "invalid_request_error",
      message:
        "output_config.format.schema: For 'integer' type, property 'maximum' is not supported (at properties.age)",
      details: null,
    });
  });
});
