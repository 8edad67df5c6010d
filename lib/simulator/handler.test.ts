import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { parseSseText } from "@/lib/messages/stream-grammar";
import { countTextTokens } from "@/lib/messages/token-count";
import { MODELS } from "@/lib/models";
import { PromptCache } from "./cache-store";
import { createSimulator } from "./handler";
import { INSTANT_PACING } from "./pacing";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function simulator(now?: () => number) {
  const handler = createSimulator({ pacing: INSTANT_PACING, cache: new PromptCache(now) });
  const call = async (path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await handler(
      new Request(`http://sim${path}`, { method: body === undefined ? "GET" : "POST", headers, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) }),
    );
    return response;
  };
  const message = async (body: Json, headers?: Record<string, string>) => {
    const response = await call("/v1/messages", body, headers);
    return { response, json: (await response.json()) as Json };
  };
  const count = async (body: Json) => ((await (await call("/v1/messages/count_tokens", body)).json()) as Json).input_tokens as number;
  return { call, message, count };
}

const ask = (content: unknown, model = "claude-opus-4-6") => ({ model, max_tokens: 1024, messages: [{ role: "user", content }] });
const textOf = (m: Json) => m.content.filter((b: Json) => b.type === "text").map((b: Json) => b.text).join("");
const withoutIds = (m: Json) => ({ ...m, id: undefined, content: m.content.map((b: Json) => (b.type === "tool_use" ? { ...b, id: undefined } : b)) });

describe("replies", () => {
  it("are deterministic: the same request gets the same reply, ids aside", async () => {
    const sim = simulator();
    const a = await sim.message(ask("What is a context window?"));
    const b = await sim.message(ask("What is a context window?"));
    expect(a.json.id).not.toBe(b.json.id);
    expect(withoutIds(a.json)).toEqual(withoutIds(b.json));
  });

  it("are readable prose that reflects the question and the system prompt", async () => {
    const { json } = await simulator().message({ ...ask("How do tides work?"), system: "You are a patient physics tutor." });
    const text = textOf(json);
    expect(text).toContain("How do tides work?");
    expect(text).toContain("You are a patient physics tutor.");
    expect(text.split(" ").length).toBeGreaterThan(30);
    expect(json).toMatchObject({ type: "message", role: "assistant", model: "claude-opus-4-6", stop_reason: "end_turn", stop_sequence: null });
  });

  it("change wording with temperature and with top_p", async () => {
    const sim = simulator();
    const at = async (patch: Json) => textOf((await sim.message({ ...ask("Tell me about rivers."), ...patch })).json);
    const texts = await Promise.all([at({ temperature: 0 }), at({ temperature: 1 }), at({ top_p: 0.3 }), at({ top_p: 0.9 })]);
    expect(new Set(texts).size).toBe(4);
  });

  it("are cut by max_tokens: a prefix of the full reply, stop_reason max_tokens, output_tokens = max_tokens", async () => {
    const sim = simulator();
    const full = await sim.message(ask("Explain streaming."));
    const cut = await sim.message({ ...ask("Explain streaming."), max_tokens: 12 });
    expect(cut.json.stop_reason).toBe("max_tokens");
    expect(cut.json.usage.output_tokens).toBe(12);
    expect(textOf(full.json).startsWith(textOf(cut.json))).toBe(true);
    expect(textOf(cut.json).length).toBeLessThan(textOf(full.json).length);
  });

  it("stop at the first stop sequence and name it", async () => {
    const sim = simulator();
    const full = textOf((await sim.message(ask("Explain streaming."))).json);
    const { json } = await sim.message({ ...ask("Explain streaming."), stop_sequences: ["zzz-never", "\n\n"] });
    expect(json.stop_reason).toBe("stop_sequence");
    expect(json.stop_sequence).toBe("\n\n");
    expect(textOf(json)).toBe(full.slice(0, full.indexOf("\n\n")));
  });
});

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat("email", /@/);
const SCHEMAS: Json[] = [
  { type: "object", properties: { location: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } }, required: ["location"] },
  {
    type: "object",
    properties: {
      query: { type: "string", minLength: 3, maxLength: 40 },
      limit: { type: "integer", minimum: 1, maximum: 10 },
      score: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
      step: { type: "number", multipleOf: 0.25, minimum: 2 },
      tags: { type: "array", items: { type: "string" }, minItems: 2, maxItems: 4, uniqueItems: true },
      when: { type: "string", format: "date" },
      contact: { type: "string", format: "email" },
      code: { type: "string", pattern: "^[A-Z]{3}$" },
      filters: { type: "object", properties: { open: { type: "boolean" }, kind: { const: "shop" } }, required: ["open", "kind"], additionalProperties: false },
      either: { anyOf: [{ type: "integer" }, { type: "string" }] },
      nullable: { type: ["string", "null"] },
    },
    required: ["query", "limit", "score", "step", "tags", "when", "contact", "code", "filters", "either", "nullable"],
    additionalProperties: false,
  },
];

describe("tools", () => {
  const tool = (name: string, input_schema: Json) => ({ name, description: `The ${name} tool`, input_schema });

  for (const [i, schema] of SCHEMAS.entries()) {
    it(`tool input validates against its input_schema (schema ${i + 1}, several prompts)`, async () => {
      const sim = simulator();
      const validate = ajv.compile(schema);
      for (const prompt of ["Weather in Paris please", "Find a shop in Lyon, open now", "x", "Tokyo and Berlin, tomorrow"]) {
        const { json } = await sim.message({ ...ask(prompt), tools: [tool("lookup", schema)], tool_choice: { type: "any" } });
        expect(json.stop_reason).toBe("tool_use");
        expect(json.content).toHaveLength(1);
        const [block] = json.content;
        expect(block).toMatchObject({ type: "tool_use", name: "lookup" });
        expect(block.id).toMatch(/^toolu_/);
        expect(validate(block.input), JSON.stringify(validate.errors)).toBe(true);
      }
    });
  }

  it("takes words from the question for string inputs", async () => {
    const { json } = await simulator().message({ ...ask("What is the weather in Paris?"), tools: [tool("get_weather", SCHEMAS[0])], tool_choice: { type: "tool", name: "get_weather" } });
    expect(json.content[0].input.location).toBe("Paris");
  });

  it("with tool_choice auto calls a tool the prompt asks for by name, after a short text", async () => {
    const sim = simulator();
    const tools = [tool("get_weather", SCHEMAS[0]), tool("get_time", { type: "object", properties: { zone: { type: "string" } } })];
    const asked = await sim.message({ ...ask("Please use get_time for Tokyo."), tools });
    expect(asked.json.content.map((b: Json) => b.type)).toEqual(["text", "tool_use"]);
    expect(asked.json.content[1].name).toBe("get_time");
    const notAsked = await sim.message({ ...ask("Hello there."), tools });
    expect(notAsked.json.stop_reason).toBe("end_turn");
    const none = await sim.message({ ...ask("Please use get_time."), tools, tool_choice: { type: "none" } });
    expect(none.json.content.map((b: Json) => b.type)).toEqual(["text"]);
  });

  it("calls tools in parallel unless disable_parallel_tool_use", async () => {
    const sim = simulator();
    const tools = [tool("get_weather", SCHEMAS[0]), tool("get_time", { type: "object", properties: {} })];
    const prompt = "Use get_weather and get_time for Oslo.";
    const parallel = await sim.message({ ...ask(prompt), tools, tool_choice: { type: "auto" } });
    expect(parallel.json.content.filter((b: Json) => b.type === "tool_use").map((b: Json) => b.name)).toEqual(["get_weather", "get_time"]);
    const single = await sim.message({ ...ask(prompt), tools, tool_choice: { type: "auto", disable_parallel_tool_use: true } });
    expect(single.json.content.filter((b: Json) => b.type === "tool_use")).toHaveLength(1);
  });

  it("after a tool_result, the reply uses it", async () => {
    const { json } = await simulator().message({
      model: "claude-opus-4-6",
      max_tokens: 1024,
      tools: [tool("get_weather", SCHEMAS[0])],
      messages: [
        { role: "user", content: "Weather in Paris?" },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "get_weather", input: { location: "Paris" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "18°C and sunny" }] },
      ],
    });
    expect(json.stop_reason).toBe("end_turn");
    expect(textOf(json)).toContain("The get_weather tool returned: “18°C and sunny”");
  });

  it("streams tool input as input_json_delta chunks that only join into valid JSON at the end", async () => {
    const sim = simulator();
    const body = { ...ask("Find a shop in Lyon"), tools: [tool("lookup", SCHEMAS[1])], tool_choice: { type: "any" } };
    const reply = (await sim.message(body)).json;
    const events = parseSseText(await (await sim.call("/v1/messages", { ...body, stream: true })).text()).map((e) => e.data as Json);
    const chunks = events.filter((e) => e.delta?.type === "input_json_delta").map((e) => e.delta.partial_json as string);
    expect(chunks[0]).toBe("");
    expect(chunks.length).toBeGreaterThan(5);
    let joined = "";
    for (const [i, chunk] of chunks.entries()) {
      joined += chunk;
      const last = i === chunks.length - 1;
      let valid = true;
      try {
        JSON.parse(joined);
      } catch {
        valid = false;
      }
      expect(valid, `after chunk ${i}`).toBe(last);
    }
    expect(JSON.parse(joined)).toEqual(reply.content[0].input);
  });
});

describe("thinking", () => {
  it("comes first, within the budget, signed, and counts as output", async () => {
    const { json } = await simulator().message({ ...ask("Why is the sky blue?", "claude-opus-4-5"), max_tokens: 4096, thinking: { type: "enabled", budget_tokens: 1024 } });
    expect(json.content.map((b: Json) => b.type)).toEqual(["thinking", "text"]);
    const [thinking] = json.content;
    expect(thinking.thinking).toContain("Why is the sky blue?");
    expect(thinking.signature.length).toBeGreaterThan(100);
    expect(countTextTokens(thinking.thinking)).toBeLessThanOrEqual(1024);
    expect(json.usage.output_tokens).toBe(countTextTokens(thinking.thinking) + countTextTokens(json.content[1].text));
  });

  it("streams thinking_delta then one signature_delta before the block stops", async () => {
    const response = await simulator().call("/v1/messages", { ...ask("Why?", "claude-sonnet-4-6"), thinking: { type: "adaptive" }, stream: true });
    const events = parseSseText(await response.text()).map((e) => e.data as Json);
    const block0 = events.filter((e) => e.index === 0).map((e) => e.delta?.type ?? e.type);
    expect(block0[0]).toBe("content_block_start");
    expect(block0.at(-2)).toBe("signature_delta");
    expect(block0.at(-1)).toBe("content_block_stop");
    expect(block0.filter((t) => t === "thinking_delta").length).toBeGreaterThan(3);
  });

  it("is always on for Opus 5.5 and shown empty where the model's display default is omitted", async () => {
    const { json } = await simulator().message(ask("Why?", "claude-opus-5-5"));
    expect(json.content[0]).toMatchObject({ type: "thinking", thinking: "" });
    expect(json.content[0].signature).not.toBe("");
    const shown = await simulator().message({ ...ask("Why?", "claude-opus-5-5"), thinking: { type: "adaptive", display: "summarized" } });
    expect(shown.json.content[0].thinking).not.toBe("");
  });

  it("grows with effort", async () => {
    const sim = simulator();
    const tokens = async (effort: string) => (await sim.message({ ...ask("Why?"), thinking: { type: "adaptive" }, output_config: { effort } })).json.content[0].thinking.length;
    expect(await tokens("low")).toBeLessThan(await tokens("high"));
    expect(await tokens("high")).toBeLessThan(await tokens("max"));
  });

  it("is redacted through fault injection", async () => {
    const { json } = await simulator().message({ ...ask("Why?"), thinking: { type: "adaptive" } }, { "x-simulator-fault": "redacted-thinking" });
    expect(json.content[0].type).toBe("redacted_thinking");
    expect(json.content[0].data.length).toBeGreaterThan(100);
  });
});

describe("usage", () => {
  const requests: Json[] = [
    ask("Hi"),
    { ...ask("Describe this."), system: [{ type: "text", text: "Be brief." }, { type: "text", text: "Use British spelling." }] },
    { ...ask([{ type: "text", text: "What is in the picture?" }, { type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } }]) },
    { ...ask("Weather?"), tools: [{ name: "get_weather", description: "Weather now", input_schema: SCHEMAS[0] }] },
    {
      model: "claude-opus-4-5",
      max_tokens: 2048,
      system: "You are terse.",
      messages: [
        { role: "user", content: "Weather in Rome?" },
        { role: "assistant", content: [{ type: "text", text: "Checking." }, { type: "tool_use", id: "toolu_9", name: "w", input: { city: "Rome" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_9", content: [{ type: "text", text: "21°C" }] }] },
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
    const events = parseSseText(await (await sim.call("/v1/messages", { ...body, stream: true })).text()).map((e) => e.data as Json);
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
    expect(first.cache_creation).toEqual({ ephemeral_5m_input_tokens: first.cache_creation_input_tokens, ephemeral_1h_input_tokens: 0 });
    expect(first.cache_read_input_tokens).toBe(0);
    expect(first.input_tokens + first.cache_creation_input_tokens).toBe(total);

    now += 4 * 60_000;
    const second = (await sim.message(cachedBody("Second question?"))).json.usage;
    expect(second.cache_read_input_tokens).toBe(first.cache_creation_input_tokens);
    expect(second.cache_creation_input_tokens).toBe(0);

    now += 4 * 60_000; // 8 minutes after the write, 4 after the last read
    expect((await sim.message(cachedBody("Third?"))).json.usage.cache_read_input_tokens).toBe(first.cache_creation_input_tokens);

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
    expect((await sim.message(cachedBody("Q2?", "1h"))).json.usage.cache_read_input_tokens).toBe(first.cache_creation_input_tokens);
  });

  it("caches nothing below the model's minimum cacheable length (read from the catalogue)", async () => {
    const sim = simulator();
    const short = { ...ask("Q?"), system: [{ type: "text", text: "Short system prompt.", cache_control: { type: "ephemeral" } }] };
    for (let i = 0; i < 2; i++) {
      const u = (await sim.message(short)).json.usage;
      expect([u.cache_creation_input_tokens, u.cache_read_input_tokens]).toEqual([0, 0]);
    }
    // ~1,200 tokens: under Opus 4.6's 4,096 minimum, over Opus 4.8's 1,024.
    const mid = (model: string) => ({ ...ask("Q?", model), system: [{ type: "text", text: "Tides follow the moon. ".repeat(240), cache_control: { type: "ephemeral" } }] });
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
        { role: "user", content: [{ type: "text", text: "And the follow-up question?", cache_control: { type: "ephemeral" } }] },
      ],
    };
    const total2 = await sim.count(turn2);
    const second = (await sim.message(turn2)).json.usage;
    expect(second.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.cache_creation_input_tokens).toBe(total2 - first.usage.cache_creation_input_tokens);
    expect(second.input_tokens).toBe(0);
  });
});

describe("errors", () => {
  const expectError = async (response: Response, status: number, type: string, message?: RegExp) => {
    expect(response.status).toBe(status);
    const requestId = response.headers.get("request-id");
    expect(requestId).toMatch(/^req_/);
    const body = (await response.json()) as Json;
    expect(body).toMatchObject({ type: "error", error: { type }, request_id: requestId });
    if (message) expect(body.error.message).toMatch(message);
  };
  const sim = simulator();

  it("unknown model: 404 not_found_error, like the recorded reply", async () => {
    await expectError(await sim.call("/v1/messages", ask("Hi", "claude-does-not-exist")), 404, "not_found_error", /^model: claude-does-not-exist$/);
    await expectError(await sim.call("/v1/messages/count_tokens", { model: "nope", messages: [] }), 404, "not_found_error");
  });

  it("validation: 400 invalid_request_error with the first issue", async () => {
    await expectError(await sim.call("/v1/messages", { ...ask("Hi"), max_tokens: 40_000 }), 400, "invalid_request_error", /40000 > 32768/);
    await expectError(await sim.call("/v1/messages", "{not json"), 400, "invalid_request_error", /not valid JSON/);
  });

  it("input over the context window: 413 request_too_large", async () => {
    await expectError(await sim.call("/v1/messages", ask("tide ".repeat(200_500))), 413, "request_too_large", /^Input exceeds 200K tokens/);
  });

  it("unknown path: 404", async () => {
    await expectError(await sim.call("/v1/complete", {}), 404, "not_found_error");
  });

  const faults: Array<[string, number, string]> = [
    ["401", 401, "authentication_error"],
    ["402", 402, "billing_error"],
    ["429", 429, "rate_limit_error"],
    ["500", 500, "api_error"],
    ["529", 529, "overloaded_error"],
  ];
  for (const [fault, status, type] of faults) {
    it(`fault ${fault}: ${status} ${type}`, async () => {
      await expectError(await sim.call("/v1/messages", ask("Hi"), { "x-simulator-fault": fault }), status, type);
    });
  }

  it("429 carries retry-after; 402 says the wallet is exhausted", async () => {
    expect((await sim.call("/v1/messages", ask("Hi"), { "x-simulator-fault": "429=7" })).headers.get("retry-after")).toBe("7");
    await expectError(await sim.call("/v1/messages", ask("Hi"), { "x-simulator-fault": "402" }), 402, "billing_error", /wallet is exhausted/);
  });

  it("drop-mid-stream: HTTP 200, some events, then the body fails", async () => {
    const response = await sim.call("/v1/messages", { ...ask("Hello"), stream: true }, { "x-simulator-fault": "drop-mid-stream" });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let received = "";
    const read = async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        received += new TextDecoder().decode(value);
      }
    };
    await expect(read()).rejects.toThrow(/connection drop/);
    expect(received).toContain("content_block_delta");
    expect(received).not.toContain("message_stop");
  });

  it("slow-headers: the response waits before its headers", async () => {
    const started = performance.now();
    const response = await sim.call("/v1/messages", ask("Hi"), { "x-simulator-fault": "slow-headers=150" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
  });
});

describe("request-id and models", () => {
  it("every response carries a request-id, successes rate-limit headers too", async () => {
    const sim = simulator();
    for (const response of [await sim.call("/v1/models"), await sim.call("/v1/messages", ask("Hi")), await sim.call("/v1/messages", { ...ask("Hi"), stream: true }), await sim.call("/v1/messages/count_tokens", ask("Hi"))]) {
      expect(response.headers.get("request-id")).toMatch(/^req_/);
    }
    const reply = await sim.call("/v1/messages", ask("Hi"));
    expect(reply.headers.get("anthropic-ratelimit-requests-limit")).toMatch(/^\d+$/);
    expect(reply.headers.get("anthropic-ratelimit-tokens-reset")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("serves every model of the catalogue, newest first, paginated", async () => {
    const sim = simulator();
    const all = ((await (await sim.call("/v1/models?limit=100")).json()) as Json).data as Json[];
    expect(all.map((m) => m.id).sort()).toEqual(MODELS.map((m) => m.id).sort());
    const dates = all.map((m) => m.created_at);
    expect([...dates].sort().reverse()).toEqual(dates);
    const page1 = (await (await sim.call("/v1/models?limit=3")).json()) as Json;
    expect(page1).toMatchObject({ has_more: true, first_id: all[0].id, last_id: all[2].id });
    const page2 = (await (await sim.call(`/v1/models?limit=3&after_id=${page1.last_id}`)).json()) as Json;
    expect(page2.data[0].id).toBe(all[3].id);
    expect((await (await sim.call("/v1/models/claude-opus-4-6")).json()) as Json).toMatchObject({ id: "claude-opus-4-6", max_input_tokens: 200_000, max_tokens: 32_768 });
    expect((await sim.call("/v1/models/nope")).status).toBe(404);
    for (const model of MODELS) {
      const { response } = await sim.message(ask("Hi", model.id));
      expect(response.status, model.id).toBe(200);
    }
  });
});
