import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { ask, testSimulator as simulator, textOf, type Json } from "@/lib/testing/simulator-client";
import { parseSseText } from "@/lib/testing/stream-grammar";
import { countTextTokens } from "@/lib/messages/token-count";

const withoutIds = (m: Json) => ({
  ...m,
  id: undefined,
  content: m.content.map((b: Json) => (b.type === "tool_use" ? { ...b, id: undefined } : b)),
});

describe("replies", () => {
  it("are deterministic: the same request gets the same reply, ids aside", async () => {
    const sim = simulator();
    const a = await sim.message(ask("What is a context window?"));
    const b = await sim.message(ask("What is a context window?"));
    expect(a.json.id).not.toBe(b.json.id);
    expect(withoutIds(a.json)).toEqual(withoutIds(b.json));
  });

  it("are readable prose that reflects the question and the system prompt", async () => {
    const { json } = await simulator().message({
      ...ask("How do tides work?"),
      system: "You are a patient physics tutor.",
    });
    const text = textOf(json);
    expect(text).toContain("How do tides work?");
    expect(text).toContain("You are a patient physics tutor.");
    expect(text.split(" ").length).toBeGreaterThan(30);
    expect(json).toMatchObject({
      type: "message",
      role: "assistant",
      model: "claude-opus-4-6",
      stop_reason: "end_turn",
      stop_sequence: null,
    });
  });

  it("change wording with temperature and with top_p", async () => {
    const sim = simulator();
    const at = async (patch: Json) => textOf((await sim.message({ ...ask("Tell me about rivers."), ...patch })).json);
    const texts = await Promise.all([
      at({ temperature: 0 }),
      at({ temperature: 1 }),
      at({ top_p: 0.3 }),
      at({ top_p: 0.9 }),
      at({ top_k: 5 }),
    ]);
    expect(new Set(texts).size).toBe(5);
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
  {
    type: "object",
    properties: { location: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
    required: ["location"],
  },
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
      filters: {
        type: "object",
        properties: { open: { type: "boolean" }, kind: { const: "shop" } },
        required: ["open", "kind"],
        additionalProperties: false,
      },
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
      for (const prompt of [
        "Weather in Paris please",
        "Find a shop in Lyon, open now",
        "x",
        "Tokyo and Berlin, tomorrow",
      ]) {
        const { json } = await sim.message({
          ...ask(prompt),
          tools: [tool("lookup", schema)],
          tool_choice: { type: "any" },
        });
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
    const { json } = await simulator().message({
      ...ask("What is the weather in Paris?"),
      tools: [tool("get_weather", SCHEMAS[0])],
      tool_choice: { type: "tool", name: "get_weather" },
    });
    expect(json.content[0].input.location).toBe("Paris");
  });

  it("with tool_choice auto calls a tool the prompt asks for by name, after a short text", async () => {
    const sim = simulator();
    const tools = [
      tool("get_weather", SCHEMAS[0]),
      tool("get_time", { type: "object", properties: { zone: { type: "string" } } }),
    ];
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
    expect(parallel.json.content.filter((b: Json) => b.type === "tool_use").map((b: Json) => b.name)).toEqual([
      "get_weather",
      "get_time",
    ]);
    const single = await sim.message({
      ...ask(prompt),
      tools,
      tool_choice: { type: "auto", disable_parallel_tool_use: true },
    });
    expect(single.json.content.filter((b: Json) => b.type === "tool_use")).toHaveLength(1);
  });

  it("after a tool_result, the reply uses it", async () => {
    const { json } = await simulator().message({
      model: "claude-opus-4-6",
      max_tokens: 1024,
      tools: [tool("get_weather", SCHEMAS[0])],
      messages: [
        { role: "user", content: "Weather in Paris?" },
        {
          role: "assistant",
          content: [{ type: "tool_use", id: "toolu_1", name: "get_weather", input: { location: "Paris" } }],
        },
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
    const events = parseSseText(await (await sim.call("/v1/messages", { ...body, stream: true })).text()).map(
      (e) => e.data as Json,
    );
    const chunks = events
      .filter((e) => e.delta?.type === "input_json_delta")
      .map((e) => e.delta.partial_json as string);
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
    const { json } = await simulator().message({
      ...ask("Why is the sky blue?", "claude-opus-4-5"),
      max_tokens: 4096,
      thinking: { type: "enabled", budget_tokens: 1024 },
    });
    expect(json.content.map((b: Json) => b.type)).toEqual(["thinking", "text"]);
    const [thinking] = json.content;
    expect(thinking.thinking).toContain("Why is the sky blue?");
    expect(thinking.signature.length).toBeGreaterThan(100);
    expect(countTextTokens(thinking.thinking)).toBeLessThanOrEqual(1024);
    expect(json.usage.output_tokens).toBe(countTextTokens(thinking.thinking) + countTextTokens(json.content[1].text));
  });

  it("streams thinking_delta then one signature_delta before the block stops", async () => {
    const response = await simulator().call("/v1/messages", {
      ...ask("Why?", "claude-sonnet-4-6"),
      thinking: { type: "adaptive" },
      stream: true,
    });
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
    const shown = await simulator().message({
      ...ask("Why?", "claude-opus-5-5"),
      thinking: { type: "adaptive", display: "summarized" },
    });
    expect(shown.json.content[0].thinking).not.toBe("");
  });

  it("ends where a sentence ends, not mid-word, at any budget, and quotes the question without a doubled full stop", async () => {
    const sim = simulator();
    for (const effort of ["low", "medium", "high", "max"]) {
      const { json } = await sim.message({
        ...ask("What's the weather in Paris? Use the tool, and think first."),
        thinking: { type: "adaptive" },
        output_config: { effort },
      });
      expect(json.content[0].thinking).toMatch(/[.!?]["”’)]*$/);
      // The question ends its own sentence: no second full stop after the closing quote.
      expect(json.content[0].thinking).toContain("think first.”");
      expect(json.content[0].thinking).not.toContain("”.");
    }
    const { json } = await sim.message({
      ...ask("Why is the sky blue?", "claude-opus-4-5"),
      max_tokens: 4096,
      thinking: { type: "enabled", budget_tokens: 1024 },
    });
    expect(json.content[0].thinking).toMatch(/[.!?]["”’)]*$/);
    expect(countTextTokens(json.content[0].thinking)).toBeLessThanOrEqual(1024);
  });

  it("agrees with what the reply does: calls the tool it names, answers from tool results, or needs no tool", async () => {
    const sim = simulator();
    const tools = [
      { name: "get_weather", input_schema: { type: "object", properties: { location: { type: "string" } } } },
    ];
    const calling = {
      ...ask("Use get_weather for Oslo.", "claude-sonnet-4-6"),
      tools,
      thinking: { type: "adaptive" },
      output_config: { effort: "max" },
    };
    const call = (await sim.message(calling)).json;
    expect(call.content.at(-1).type).toBe("tool_use");
    expect(call.content[0].thinking).toContain("The get_weather tool has what I need, so I will call it first.");
    expect(call.content[0].thinking).not.toContain("Nothing here needs a tool");
    const answering = {
      ...calling,
      messages: [
        ...calling.messages,
        { role: "assistant", content: call.content },
        { role: "user", content: [{ type: "tool_result", tool_use_id: call.content.at(-1).id, content: "4°C, snow" }] },
      ],
    };
    const answer = (await sim.message(answering)).json;
    expect(answer.content.at(-1).type).toBe("text");
    expect(answer.content[0].thinking).toContain("The tool results are in, so I can answer from them now.");
    const plain = (
      await sim.message({
        ...ask("Why is the sky blue?", "claude-sonnet-4-6"),
        thinking: { type: "adaptive" },
        output_config: { effort: "max" },
      })
    ).json;
    expect(plain.content[0].thinking).toContain("Nothing here needs a tool, so a plain answer is right.");
  });

  it("is on by default where the catalogue says so, off by default elsewhere, and off when disabled", async () => {
    const sim = simulator();
    const types = async (body: Json) => ((await sim.message(body)).json.content as Json[]).map((b) => b.type);
    for (const model of [
      "claude-opus-5",
      "claude-sonnet-5",
      "claude-sonnet-5-5",
      "claude-haiku-5-5",
      "claude-fable-5-1",
    ])
      expect(await types(ask("Why is the sky blue?", model)), model).toEqual(["thinking", "text"]);
    for (const model of ["claude-opus-4-8", "claude-sonnet-4-6"])
      expect(await types(ask("Why is the sky blue?", model)), model).toEqual(["text"]);
    expect(await types({ ...ask("Why?", "claude-opus-5"), thinking: { type: "disabled" } })).toEqual(["text"]);
    expect(await types({ ...ask("Why?", "claude-opus-4-8"), thinking: { type: "adaptive" } })).toEqual([
      "thinking",
      "text",
    ]);
  });

  it("grows with effort", async () => {
    const sim = simulator();
    const tokens = async (effort: string) =>
      (await sim.message({ ...ask("Why?"), thinking: { type: "adaptive" }, output_config: { effort } })).json.content[0]
        .thinking.length;
    expect(await tokens("low")).toBeLessThan(await tokens("high"));
    expect(await tokens("high")).toBeLessThan(await tokens("max"));
  });

  it("must come back unmodified: the simulator checks the signature like the API", async () => {
    const sim = simulator();
    const tools = [
      { name: "get_weather", input_schema: { type: "object", properties: { location: { type: "string" } } } },
    ];
    const first = { ...ask("Use get_weather for Oslo.", "claude-sonnet-4-6"), tools, thinking: { type: "adaptive" } };
    const reply = (await sim.message(first)).json;
    expect(reply.content.map((b: Json) => b.type)).toEqual(["thinking", "text", "tool_use"]);
    const followUp = (content: Json[]) => ({
      ...first,
      messages: [
        ...first.messages,
        { role: "assistant", content },
        { role: "user", content: [{ type: "tool_result", tool_use_id: reply.content[2].id, content: "4°C, snow" }] },
      ],
    });
    const ok = await sim.message(followUp(reply.content));
    expect(ok.response.status).toBe(200);
    expect(textOf(ok.json)).toContain("4°C, snow");
    const edited = [
      { ...reply.content[0], thinking: `${reply.content[0].thinking} (edited)` },
      ...reply.content.slice(1),
    ];
    const refused = await sim.message(followUp(edited));
    expect(refused.response.status).toBe(400);
    expect(refused.json.error.message).toBe("messages.1.content.0: Invalid `signature` in `thinking` block");
  });

  it("is redacted through fault injection", async () => {
    const { json } = await simulator().message(
      { ...ask("Why?"), thinking: { type: "adaptive" } },
      { "x-simulator-fault": "redacted-thinking" },
    );
    expect(json.content[0].type).toBe("redacted_thinking");
    expect(json.content[0].data.length).toBeGreaterThan(100);
  });
});
