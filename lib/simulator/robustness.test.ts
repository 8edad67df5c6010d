// Bad input gets a clear error and never a crash: seeded random mutations of valid requests must give
// validateRequest a list (never a throw) and the simulator an API answer (never a 500).
import { describe, expect, it } from "vitest";
import { validateRequest } from "@/lib/messages/validation/validate-request";
import { seededRandom } from "@/lib/simulator/ids";
import { testSimulator, type Json } from "@/lib/testing/simulator-client";

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
});
