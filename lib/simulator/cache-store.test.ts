import { describe, expect, it } from "vitest";
import { ask, testSimulator as simulator, type Json } from "@/lib/testing/simulator-client";
import { parseSseText } from "@/lib/testing/stream-grammar";

const weatherSchema = { type: "object", properties: { location: { type: "string" } }, required: ["location"] };

describe("usage", () => {
  const requests: Json[] = [
    ask("Hi"),
    {
      ...ask("Describe this."),
      system: [
        { type: "text", text: "Be brief." },
        { type: "text", text: "Use British spelling." },
      ],
    },
    {
      ...ask([
        { type: "text", text: "What is in the picture?" },
        { type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } },
      ]),
    },
    { ...ask("Weather?"), tools: [{ name: "get_weather", description: "Weather now", input_schema: weatherSchema }] },
    {
      model: "claude-opus-4-5",
      max_tokens: 2048,
      system: "You are terse.",
      messages: [
        { role: "user", content: "Weather in Rome?" },
        {
          role: "assistant",
          content: [
            { type: "text", text: "Checking." },
            { type: "tool_use", id: "toolu_9", name: "w", input: { city: "Rome" } },
          ],
        },
        {
          role: "user",
          content: [{ type: "tool_result", tool_use_id: "toolu_9", content: [{ type: "text", text: "21°C" }] }],
        },
      ],
      tools: [{ name: "w", input_schema: { type: "object", properties: { city: { type: "string" } } } }],
    },
  ];

  it("input tokens agree exactly with count_tokens, cached or not", async () => {
    for (const body of requests) {
      const sim = simulator();
      const counted = await sim.count(body);
      const { json } = await sim.message(body);
      const u = json.usage;
      expect(u.input_tokens + u.cache_creation_input_tokens + u.cache_read_input_tokens).toBe(counted);
    }
  });

  it("output_tokens in message_delta is the cumulative total the JSON reply reports", async () => {
    const sim = simulator();
    const body = { ...ask("Explain tokens."), thinking: { type: "adaptive" } };
    const { json } = await sim.message(body);
    const events = parseSseText(await (await sim.call("/v1/messages", { ...body, stream: true })).text()).map(
      (e) => e.data as Json,
    );
    expect(events[0].message.usage.output_tokens).toBe(1);
    const delta = events.find((e) => e.type === "message_delta")!;
    expect(delta.usage.output_tokens).toBe(json.usage.output_tokens);
    expect(delta.usage.input_tokens).toBe(json.usage.input_tokens);
  });
});
describe("prompt caching", () => {
  const longText = "The corpus keeps referring to rivers, tides and the moon. ".repeat(400); // ≈ 4,800 tokens
  const cachedBody = (question: string, ttl?: string) => ({
    ...ask(question),
    system: [{ type: "text", text: longText, cache_control: { type: "ephemeral", ...(ttl ? { ttl } : {}) } }],
  });

  it("writes the prefix, then reads it within 5 minutes, refreshing the lifetime on each read", async () => {
    let now = 1_000_000;
    const sim = simulator(() => now);
    const total = await sim.count(cachedBody("First question?"));
    const first = (await sim.message(cachedBody("First question?"))).json.usage;
    expect(first.cache_creation_input_tokens).toBeGreaterThan(4096);
    expect(first.cache_creation).toEqual({
      ephemeral_5m_input_tokens: first.cache_creation_input_tokens,
      ephemeral_1h_input_tokens: 0,
    });
    expect(first.cache_read_input_tokens).toBe(0);
    expect(first.input_tokens + first.cache_creation_input_tokens).toBe(total);

    now += 4 * 60_000;
    const second = (await sim.message(cachedBody("Second question?"))).json.usage;
    expect(second.cache_read_input_tokens).toBe(first.cache_creation_input_tokens);
    expect(second.cache_creation_input_tokens).toBe(0);

    now += 4 * 60_000; // 8 minutes after the write, 4 after the last read
    expect((await sim.message(cachedBody("Third?"))).json.usage.cache_read_input_tokens).toBe(
      first.cache_creation_input_tokens,
    );

    now += 5 * 60_000 + 1;
    const expired = (await sim.message(cachedBody("Fourth?"))).json.usage;
    expect(expired.cache_read_input_tokens).toBe(0);
    expect(expired.cache_creation_input_tokens).toBe(first.cache_creation_input_tokens);
  });

  it("keeps a 1-hour entry for an hour", async () => {
    let now = 0;
    const sim = simulator(() => now);
    const first = (await sim.message(cachedBody("Q?", "1h"))).json.usage;
    expect(first.cache_creation.ephemeral_1h_input_tokens).toBe(first.cache_creation_input_tokens);
    now += 50 * 60_000;
    expect((await sim.message(cachedBody("Q2?", "1h"))).json.usage.cache_read_input_tokens).toBe(
      first.cache_creation_input_tokens,
    );
  });

  it("caches nothing below the model's minimum cacheable length (read from the catalogue)", async () => {
    const sim = simulator();
    const short = {
      ...ask("Q?"),
      system: [{ type: "text", text: "Short system prompt.", cache_control: { type: "ephemeral" } }],
    };
    for (let i = 0; i < 2; i++) {
      const u = (await sim.message(short)).json.usage;
      expect([u.cache_creation_input_tokens, u.cache_read_input_tokens]).toEqual([0, 0]);
    }
    // ~1,200 tokens: under Opus 4.6's 4,096 minimum, over Opus 4.8's 1,024.
    const mid = (model: string) => ({
      ...ask("Q?", model),
      system: [{ type: "text", text: "Tides follow the moon. ".repeat(240), cache_control: { type: "ephemeral" } }],
    });
    expect((await sim.message(mid("claude-opus-4-6"))).json.usage.cache_creation_input_tokens).toBe(0);
    expect((await sim.message(mid("claude-opus-4-8"))).json.usage.cache_creation_input_tokens).toBeGreaterThan(1024);
  });

  it("reads the cached prefix of a growing conversation and writes only the new part", async () => {
    const sim = simulator();
    const turn1 = { ...ask([{ type: "text", text: longText, cache_control: { type: "ephemeral" } }]) };
    const first = (await sim.message(turn1)).json;
    const turn2 = {
      ...turn1,
      messages: [
        ...turn1.messages,
        { role: "assistant", content: first.content },
        {
          role: "user",
          content: [{ type: "text", text: "And the follow-up question?", cache_control: { type: "ephemeral" } }],
        },
      ],
    };
    const total2 = await sim.count(turn2);
    const second = (await sim.message(turn2)).json.usage;
    expect(second.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.cache_creation_input_tokens).toBe(total2 - first.usage.cache_creation_input_tokens);
    expect(second.input_tokens).toBe(0);
  });
});
