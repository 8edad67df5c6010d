// Bad input gets a clear error and never a crash: seeded random mutations of valid requests must give
// validateRequest a list (never a throw) and the simulator an API answer (never a 500).
import { describe, expect, it } from "vitest";
import { validateRequest } from "@/lib/messages/validation/validate-request";
import { seededRandom } from "@/lib/simulator/ids";
import { ask, testSimulator, type Json } from "@/lib/testing/simulator-client";

const VALID: Json[] = [
  {
    model: "claude-opus-4-6",
    max_tokens: 256,
    system: [{ type: "text", text: "Be brief.", cache_control: { type: "ephemeral" } }],
    messages: [{ role: "user", content: "Hello" }],
  },
  {
    model: "claude-opus-4-5",
    max_tokens: 2048,
    thinking: { type: "enabled", budget_tokens: 1024 },
    tools: [
      {
        name: "w",
        input_schema: {
          type: "object",
          properties: { city: { type: "string" }, n: { type: "array", items: { type: "integer" } } },
          required: ["city"],
        },
      },
    ],
    messages: [
      { role: "user", content: [{ type: "text", text: "Weather?" }] },
      { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "w", input: { city: "Rome" } }] },
      {
        role: "user",
        content: [{ type: "tool_result", tool_use_id: "toolu_1", content: [{ type: "text", text: "21°C" }] }],
      },
    ],
  },
];

const ODD_VALUES = [
  null,
  0,
  -1,
  1.5,
  1e9,
  "",
  "x",
  true,
  [],
  {},
  [null],
  { type: "text" },
  { type: 5 },
  "claude-opus-4-6",
];

function mutate(value: unknown, random: () => number, depth = 0): unknown {
  if (random() < 0.15 + depth * 0.05) return ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
  if (Array.isArray(value)) return value.map((v) => mutate(v, random, depth + 1));
  if (typeof value === "object" && value !== null) {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) if (random() > 0.05) out[k] = mutate(v, random, depth + 1);
    return out;
  }
  return value;
}

describe("robustness", () => {
  it("validateRequest and the simulator survive 400 mutated requests", { timeout: 60_000 }, async () => {
    const sim = testSimulator();
    const random = seededRandom(2026);
    const statuses = new Set<number>();
    for (let i = 0; i < 400; i++) {
      const body = mutate(VALID[i % VALID.length], random);
      expect(() => validateRequest(body), JSON.stringify(body)).not.toThrow();
      const response = await sim.call("/v1/messages", body);
      statuses.add(response.status);
      expect(response.status, JSON.stringify(body)).not.toBe(500);
      const json = (await response.json()) as Json;
      if (response.status !== 200)
        expect(json).toMatchObject({ type: "error", error: { type: expect.any(String), message: expect.any(String) } });
    }
    expect(statuses.has(200) && statuses.has(400)).toBe(true);
  });

  // A user's turn is read for its numbers, arithmetic, URLs, e-mail, code and topic, a document for its sentences: with
  // patterns that backtracked over a long run of one character, this took the server's only thread minutes
  // (docs/performance.md, "The simulator's reading of a request"). The suite's timeout is the bound, not a measure.
  it("answers turns and documents made of one long run of a character", { timeout: 30_000 }, async () => {
    const sim = testSimulator();
    const runs = [
      "x",
      "7",
      " ",
      "\n",
      ".",
      "-",
      "(",
      "a.",
      "1+",
      "1.5",
      "ab1",
      "www.",
      "a@",
      "please ",
      " and ",
      ", and ",
    ];
    const more = ["then ", "```", "`", "http://a.", "!", "x 1 ", "of ", "1 x ", "((1+2", "(-", "thanks, ", '?"'];
    const tools = [
      { name: "calculator", input_schema: { type: "object", properties: { expression: { type: "string" } } } },
      {
        name: "book",
        input_schema: { type: "object", properties: { email: { type: "string" }, nights: { type: "number" } } },
      },
      { type: "web_search_20250305", name: "web_search" },
    ];
    const document = (data: string) => ({
      messages: [
        {
          role: "user",
          content: [
            {
              type: "document",
              source: { type: "text", media_type: "text/plain", data },
              citations: { enabled: true },
            },
            { type: "text", text: "What does it say?" },
          ],
        },
      ],
    });
    for (const run of [...runs, ...more]) {
      const content = `${run.repeat(Math.ceil(50_000 / run.length))}x`;
      for (const extra of [{}, { tools, tool_choice: { type: "any" } }, document(content)]) {
        const response = await sim.call("/v1/messages", { ...ask(content), max_tokens: 64, ...extra });
        expect(response.status, JSON.stringify(run)).toBe(200);
        expect(((await response.json()) as Json).type).toBe("message");
      }
    }
  });

  // The simulator tests a schema's pattern on the values it tries: one with nested quantifiers, on a 30-letter word of
  // the turn, took seconds of the server's thread (each letter doubling it) before its tests had a deadline
  // (schema-pattern.ts); with it, well under a second.
  it("fills a tool's input whose pattern backtracks exponentially", { timeout: 3_000 }, async () => {
    const tools = [
      {
        name: "label",
        input_schema: {
          type: "object",
          properties: { word: { type: "string", pattern: "^(a+)+b$" } },
          required: ["word"],
        },
      },
    ];
    const response = await testSimulator().call("/v1/messages", {
      ...ask(`Label ${"a".repeat(30)} please`),
      tools,
      tool_choice: { type: "any" },
    });
    expect(response.status).toBe(200);
    const json = (await response.json()) as Json;
    expect(json.content.find((b: Json) => b.type === "tool_use")?.input).toEqual({ word: expect.any(String) });
  });
});
