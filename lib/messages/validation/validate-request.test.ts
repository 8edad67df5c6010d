import { describe, expect, it } from "vitest";
import { findModel, MODELS, type ModelInfo } from "@/lib/models";
import { validateRequest } from "./validate-request";
import { RULES } from ".";
import { toolRules } from "./tool-rules";
import { messageRules } from "./message-rules";
import { sdkToolTypes } from "@/lib/testing/sdk-tool-types";

const user = (content: unknown) => ({ role: "user", content });
const assistant = (content: unknown) => ({ role: "assistant", content });
const base = (patch: Record<string, unknown> = {}) => ({
  model: "claude-opus-4-6",
  max_tokens: 1024,
  messages: [user("Hello")],
  ...patch,
});
const weatherTool = { name: "get_weather", input_schema: { type: "object", properties: { city: { type: "string" } } } };
const toolTurn = [
  user("Weather?"),
  assistant([{ type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } }]),
  user([{ type: "tool_result", tool_use_id: "toolu_1", content: "18°C" }]),
];

interface Case {
  rule: string;
  name: string;
  body: Record<string, unknown>;
  endpoint?: "messages" | "count_tokens";
  path: string;
  errorType?: string;
  message: RegExp;
}

// Each case breaks exactly one rule; the first issue must be that rule's, with the API's wording and type.
const CASES: Case[] = [
  {
    rule: "max-tokens-minimum",
    name: "max_tokens below 0",
    body: base({ max_tokens: -1 }),
    path: "max_tokens",
    message: /greater than or equal to 0/,
  },
  {
    rule: "max-tokens-model-limit",
    name: "max_tokens above 128000 on claude-opus-4-6",
    body: base({ max_tokens: 128_001 }),
    path: "max_tokens",
    message: /^max_tokens: 128001 > 128000, which is the maximum allowed number of output tokens for claude-opus-4-6$/,
  },
  {
    rule: "messages-not-empty",
    name: "no messages",
    body: base({ messages: [] }),
    path: "messages",
    message: /at least one message/,
  },
  {
    rule: "first-message-user",
    name: "starts with assistant",
    body: base({ model: "claude-opus-4-5", messages: [assistant("Hi"), user("Hello")] }),
    path: "messages.0.role",
    message: /first message must use the "user" role/,
  },
  {
    rule: "role-known",
    name: "a role the API does not know",
    body: base({ messages: [user("a"), { role: "developer", content: "b" }] }),
    path: "messages.1.role",
    message: /^messages\.1\.role: Input should be 'user', 'assistant' or 'system'$/,
  },
  {
    rule: "system-message-placement",
    name: "a system message on a model before Opus 4.8",
    body: base({ messages: [user("a"), { role: "system", content: "Be brief." }] }),
    path: "messages.1.role",
    message: /role 'system' is not supported on this model/,
  },
  {
    rule: "image-source",
    name: "PNG data sent as a JPEG",
    body: base({
      messages: [
        user([
          { type: "image", source: { type: "base64", media_type: "image/jpeg", data: "iVBORw0KGgoAAAANSUhEUg==" } },
        ]),
      ],
    }),
    path: "messages.0.content.0.source.data",
    message: /^Image 1 of turn 1: its data is a PNG image, and media_type says image\/jpeg\.$/,
  },
  {
    rule: "content-not-empty",
    name: "empty user content",
    body: base({ messages: [user("")] }),
    path: "messages.0.content",
    message: /non-empty content/,
  },
  {
    rule: "prefill-supported",
    name: "prefill on a 4.6 model",
    body: base({ messages: [user("Hi"), assistant("Sure")] }),
    path: "messages.1",
    message: /does not support assistant message prefill/,
  },
  {
    rule: "tool-result-has-tool-use",
    name: "tool_result without its tool_use",
    body: base({
      tools: [weatherTool],
      messages: [
        user("Weather?"),
        assistant("Let me see."),
        user([{ type: "tool_result", tool_use_id: "toolu_missing", content: "x" }]),
      ],
    }),
    path: "messages.2.content.0",
    message:
      /^messages\.2\.content\.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_missing\. Each `tool_result` block must have a corresponding `tool_use` block in the previous message\.$/,
  },
  {
    rule: "tool-use-has-tool-result",
    name: "tool_use left unanswered",
    body: base({
      tools: [weatherTool],
      messages: [
        user("Weather?"),
        assistant([{ type: "tool_use", id: "toolu_1", name: "get_weather", input: {} }]),
        user("never mind"),
      ],
    }),
    path: "messages.2.content",
    message: /`tool_use` ids were found without `tool_result` blocks immediately after: toolu_1/,
  },
  {
    rule: "cache-breakpoints-max",
    name: "five cache breakpoints",
    body: base({
      system: Array.from({ length: 5 }, (_, i) => ({
        type: "text",
        text: `s${i}`,
        cache_control: { type: "ephemeral" },
      })),
    }),
    path: "messages",
    message: /A maximum of 4 blocks with cache_control may be provided\. Found 5\./,
  },
  {
    rule: "citations-all-or-none",
    name: "citations on one document of two",
    body: base({
      messages: [
        user([
          {
            type: "document",
            source: { type: "text", media_type: "text/plain", data: "a" },
            citations: { enabled: true },
          },
        ]),
        assistant("ok"),
        user([
          { type: "text", text: "and" },
          { type: "document", source: { type: "text", media_type: "text/plain", data: "b" } },
        ]),
      ],
    }),
    path: "messages.2.content.1.citations",
    message:
      /^messages\.2\.content\.1\.citations: citations must be enabled on all of a request's documents or on none; they are on for document 1 and off for document 2$/,
  },
  {
    rule: "cache-ttl-order",
    name: "1h breakpoint after a 5m one",
    body: base({
      system: [{ type: "text", text: "a", cache_control: { type: "ephemeral" } }],
      messages: [user([{ type: "text", text: "b", cache_control: { type: "ephemeral", ttl: "1h" } }])],
    }),
    path: "messages.0.content.0.cache_control",
    message: /ttl='1h' cannot come after a block with ttl='5m'/,
  },
  {
    rule: "server-tool-use-has-result",
    name: "a paused turn's unrun call followed by a user turn",
    body: base({
      tools: [{ type: "web_search_20250305", name: "web_search" }],
      messages: [
        user("Search for tides"),
        assistant([{ type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: { query: "tides" } }]),
        user("Go on"),
      ],
    }),
    path: "messages.1.content.0",
    message:
      /^messages\.1: `web_search` tool use with id `srvtoolu_1` was found without a corresponding `web_search_tool_result` block$/,
  },
  {
    rule: "custom-tool-fields",
    name: "custom tool without input_schema",
    body: base({ tools: [{ name: "t" }] }),
    path: "tools.0.input_schema",
    message: /^tools\.0\.custom\.input_schema: Field required$/,
  },
  {
    rule: "server-tool-use-has-result",
    name: "a paused turn's unrun call followed by a user turn",
    body: base({
      tools: [{ type: "web_search_20250305", name: "web_search" }],
      messages: [
        user("Search for tides"),
        assistant([{ type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: { query: "tides" } }]),
        user("Go on"),
      ],
    }),
    path: "messages.1.content.0",
    message:
      /^messages\.1: `web_search` tool use with id `srvtoolu_1` was found without a corresponding `web_search_tool_result` block$/,
  },
  {
    rule: "custom-tool-fields",
    name: "tool typed custom without a name",
    body: base({ tools: [{ type: "custom", input_schema: { type: "object" } }] }),
    path: "tools.0.name",
    message: /^tools\.0\.custom\.name: Field required$/,
  },
  {
    rule: "web-search-domains-exclusive",
    name: "web search with allowed and blocked domains",
    body: base({
      tools: [
        { type: "web_search_20250305", name: "web_search", allowed_domains: ["a.com"], blocked_domains: ["b.com"] },
      ],
    }),
    path: "tools.0.blocked_domains",
    message: /allowed_domains and blocked_domains cannot be used together/,
  },
  {
    rule: "tool-name-pattern",
    name: "tool name with a space",
    body: base({ tools: [{ ...weatherTool, name: "get weather" }] }),
    path: "tools.0.name",
    message: /String should match pattern/,
  },
  {
    rule: "tool-names-unique",
    name: "duplicate tool names",
    body: base({ tools: [weatherTool, weatherTool] }),
    path: "tools.1.name",
    message: /Tool names must be unique/,
  },
  {
    rule: "tool-input-schema",
    name: "input_schema type not object",
    body: base({ tools: [{ name: "t", input_schema: { type: "string" } }] }),
    path: "tools.0.input_schema.type",
    message: /Input should be 'object'/,
  },
  {
    rule: "tool-input-schema",
    name: "unknown property type",
    body: base({ tools: [{ name: "t", input_schema: { type: "object", properties: { a: { type: "text" } } } }] }),
    path: "tools.0.input_schema.properties.a.type",
    message: /JSON schema is invalid/,
  },
  {
    rule: "tool-input-schema",
    name: "required not a list of strings",
    body: base({ tools: [{ name: "t", input_schema: { type: "object", required: "a" } }] }),
    path: "tools.0.input_schema.required",
    message: /JSON schema is invalid/,
  },
  {
    rule: "tool-choice-needs-tools",
    name: "tool_choice any without tools",
    body: base({ tool_choice: { type: "any" } }),
    path: "tool_choice",
    message: /may only be specified while providing tools/,
  },
  {
    rule: "tool-choice-names-a-tool",
    name: "tool_choice names an unknown tool",
    body: base({ tools: [weatherTool], tool_choice: { type: "tool", name: "nope" } }),
    path: "tool_choice.name",
    message: /Tool 'nope' not found/,
  },
  {
    rule: "output-format-schema-valid",
    name: "a response format whose schema names an unknown type",
    body: base({ output_config: { format: { type: "json_schema", schema: { type: "text" } } } }),
    path: "output_config.format.schema.type",
    message: /^output_config\.format\.schema: Invalid schema: unknown type "text"/,
  },
  {
    rule: "structured-schema-subset",
    name: "a strict tool with a minimum",
    body: base({
      tools: [
        {
          name: "book",
          strict: true,
          input_schema: {
            type: "object",
            properties: { seats: { type: "integer", minimum: 1 } },
            additionalProperties: false,
          },
        },
      ],
    }),
    path: "tools.0.input_schema.properties.seats",
    message:
      /^tools\.0\.custom\.input_schema: For 'integer' type, property 'minimum' is not supported \(at properties\.seats\)$/,
  },
  {
    rule: "strict-tools-limit",
    name: "21 strict tools",
    body: base({
      tools: Array.from({ length: 21 }, (_, i) => ({
        name: `t${i}`,
        strict: true,
        input_schema: { type: "object", properties: {}, additionalProperties: false },
      })),
    }),
    path: "tools.20.strict",
    message: /Too many strict tools \(21\)/,
  },
  {
    rule: "structured-schema-complexity",
    name: "17 nullable properties in a response format",
    body: base({
      output_config: {
        format: {
          type: "json_schema",
          schema: {
            type: "object",
            properties: Object.fromEntries(
              Array.from({ length: 17 }, (_, i) => [`p${i}`, { type: ["string", "null"] }]),
            ),
            required: Array.from({ length: 17 }, (_, i) => `p${i}`),
            additionalProperties: false,
          },
        },
      },
    }),
    path: "output_config.format.schema",
    message:
      /^Schemas contains too many parameters with union types \(17 parameters with type arrays or anyOf\) which exceeds the limit: 16$/,
  },
  {
    rule: "output-format-no-citations",
    name: "a cited document with a response format",
    body: base({
      messages: [
        user([
          {
            type: "document",
            source: { type: "text", media_type: "text/plain", data: "Sky is blue." },
            citations: { enabled: true },
          },
          { type: "text", text: "Colour?" },
        ]),
      ],
      output_config: {
        format: { type: "json_schema", schema: { type: "object", properties: {}, additionalProperties: false } },
      },
    }),
    path: "messages.0.content.0.citations",
    message: /citations cannot be enabled together with output_config\.format/,
  },
  {
    rule: "manual-thinking-allowed",
    name: "manual budget on Opus 4.8",
    body: base({ model: "claude-opus-4-8", thinking: { type: "enabled", budget_tokens: 2000 }, max_tokens: 4000 }),
    path: "thinking.type",
    message:
      /"thinking\.type\.enabled" is not supported for this model\. Use "thinking\.type\.adaptive" and "output_config\.effort"/,
  },
  {
    rule: "adaptive-thinking-allowed",
    name: "adaptive on Opus 4.5",
    body: base({ model: "claude-opus-4-5", thinking: { type: "adaptive" } }),
    path: "thinking.type",
    message: /"thinking\.type\.adaptive" is not supported for this model/,
  },
  {
    rule: "thinking-cannot-be-disabled",
    name: "disabling always-on thinking on Opus 5.5",
    body: base({ model: "claude-opus-5-5", thinking: { type: "disabled" } }),
    path: "thinking.type",
    message:
      /^"thinking\.type\.disabled" is not supported for this model\. Thinking is always on for claude-opus-5-5\.$/,
  },
  {
    rule: "thinking-cannot-be-disabled",
    name: "disabling thinking on Sonnet 5.5, which turns it off with between_tools",
    body: base({ model: "claude-sonnet-5-5", thinking: { type: "disabled" } }),
    path: "thinking.type",
    message: /Use "thinking\.type\.between_tools"/,
  },
  {
    rule: "thinking-off-effort",
    name: "thinking disabled at effort xhigh on Opus 5",
    body: base({ model: "claude-opus-5", thinking: { type: "disabled" }, output_config: { effort: "xhigh" } }),
    path: "thinking.type",
    message: /only supported at "output_config\.effort" high or lower on claude-opus-5; this request runs at xhigh/,
  },
  {
    rule: "thinking-budget-minimum",
    name: "budget below 1024",
    body: base({ thinking: { type: "enabled", budget_tokens: 1000 }, max_tokens: 4000 }),
    path: "thinking.budget_tokens",
    message: /greater than or equal to 1024/,
  },
  {
    rule: "thinking-budget-below-max-tokens",
    name: "budget not below max_tokens",
    body: base({ thinking: { type: "enabled", budget_tokens: 2048 }, max_tokens: 2048 }),
    path: "thinking.budget_tokens",
    message: /`max_tokens` must be greater than `thinking\.budget_tokens`/,
  },
  {
    rule: "effort-supported",
    name: "xhigh effort on Opus 4.6",
    body: base({ thinking: { type: "adaptive" }, output_config: { effort: "xhigh" } }),
    path: "output_config.effort",
    message: /'xhigh' is not supported by claude-opus-4-6; use one of low, medium, high, max/,
  },
  {
    rule: "effort-supported",
    name: "effort on Haiku 4.5",
    body: base({ model: "claude-haiku-4-5", output_config: { effort: "low" } }),
    path: "output_config.effort",
    message: /does not support the effort parameter/,
  },
  {
    rule: "thinking-fixed-temperature",
    name: "temperature 0.5 with thinking",
    body: base({ thinking: { type: "adaptive" }, temperature: 0.5 }),
    path: "temperature",
    message: /`temperature` may only be set to 1 when thinking is enabled/,
  },
  {
    rule: "thinking-no-top-k",
    name: "top_k with thinking",
    body: base({ thinking: { type: "enabled", budget_tokens: 1024 }, max_tokens: 4000, top_k: 5 }),
    path: "top_k",
    message: /`top_k` must be unset when thinking is enabled/,
  },
  {
    rule: "thinking-top-p-range",
    name: "top_p 0.9 with thinking",
    body: base({ thinking: { type: "adaptive" }, top_p: 0.9 }),
    path: "top_p",
    message: /greater than or equal to 0\.95 or unset when thinking is enabled/,
  },
  {
    rule: "thinking-no-forced-tool",
    name: "forced tool with thinking",
    body: base({ thinking: { type: "adaptive" }, tools: [weatherTool], tool_choice: { type: "any" } }),
    path: "tool_choice",
    message: /^Thinking may not be enabled when tool_choice forces tool use\.$/,
  },
  {
    rule: "thinking-no-forced-tool",
    name: "forced tool on Fable 5.1, which refuses it outright",
    body: base({ model: "claude-fable-5-1", tools: [weatherTool], tool_choice: { type: "tool", name: "get_weather" } }),
    path: "tool_choice",
    message: /forced tool use \("tool"\) is not supported for claude-fable-5-1/,
  },
  {
    rule: "thinking-no-forced-tool",
    name: "forced tool on Sonnet 5.5 with thinking omitted",
    body: base({ model: "claude-sonnet-5-5", tools: [weatherTool], tool_choice: { type: "any" } }),
    path: "tool_choice",
    message: /forced tool use \("any"\) is not supported for claude-sonnet-5-5/,
  },
  {
    rule: "thinking-assistant-turn-starts-with-thinking",
    name: "tool_result answering a tool_use turn without its thinking",
    body: base({ thinking: { type: "adaptive" }, tools: [weatherTool], messages: toolTurn }),
    path: "messages.1.content.0.type",
    message: /Expected `thinking` or `redacted_thinking`, but found `tool_use`/,
  },
  {
    rule: "thinking-assistant-turn-starts-with-thinking",
    name: "text prefill with thinking on Opus 4.5",
    body: base({
      model: "claude-opus-4-5",
      thinking: { type: "enabled", budget_tokens: 1024 },
      max_tokens: 4000,
      messages: [user("Hi"), assistant("Sure")],
    }),
    path: "messages.1.content.0.type",
    message: /Expected `thinking` or `redacted_thinking`, but found `text`/,
  },
  {
    rule: "temperature-range",
    name: "temperature 1.5",
    body: base({ temperature: 1.5 }),
    path: "temperature",
    message: /less than or equal to 1/,
  },
  {
    rule: "temperature-range",
    name: "temperature -0.1",
    body: base({ temperature: -0.1 }),
    path: "temperature",
    message: /greater than or equal to 0/,
  },
  {
    rule: "top-p-range",
    name: "top_p 1.2",
    body: base({ top_p: 1.2 }),
    path: "top_p",
    message: /less than or equal to 1/,
  },
  {
    rule: "top-k-range",
    name: "top_k -1",
    body: base({ top_k: -1 }),
    path: "top_k",
    message: /greater than or equal to 0/,
  },
  {
    rule: "model-fixed-temperature",
    name: "temperature 0.2 on Opus 4.8",
    body: base({ model: "claude-opus-4-8", temperature: 0.2 }),
    path: "temperature",
    message: /only accepts the default/,
  },
  {
    rule: "model-top-p-minimum",
    name: "top_p 0.9 on Sonnet 5.5",
    body: base({ model: "claude-sonnet-5-5", top_p: 0.9 }),
    path: "top_p",
    message: /at least 0\.99/,
  },
  {
    rule: "model-no-top-k",
    name: "top_k on Opus 4.8",
    body: base({ model: "claude-opus-4-8", top_k: 10 }),
    path: "top_k",
    message: /`top_k` is deprecated for this model/,
  },
  {
    rule: "model-temperature-or-top-p",
    name: "temperature and top_p together on Opus 4.6",
    body: base({ temperature: 0.7, top_p: 0.9 }),
    path: "top_p",
    message: /^`temperature` and `top_p` cannot both be specified for this model\. Please use only one\.$/,
  },
  {
    rule: "context-window",
    name: "input over Haiku 4.5's 200K tokens: 400 in the API's words",
    body: base({ model: "claude-haiku-4-5", messages: [user("word ".repeat(200_100))] }),
    path: "messages",
    errorType: "invalid_request_error",
    message: /^prompt is too long: 2\d{5} tokens > 200000 maximum$/,
  },
];

describe("validateRequest: one case per rule, the first issue is the rule's", () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.name}`, () => {
      const issues = validateRequest(c.body, { endpoint: c.endpoint });
      expect(issues.length).toBeGreaterThan(0);
      expect(issues[0]).toMatchObject({ path: c.path, errorType: c.errorType ?? "invalid_request_error" });
      expect(issues[0].message).toMatch(c.message);
    });
  }

  it("covers every rule of the rule list", () => {
    const covered = new Set([...CASES.map((c) => c.rule), "tools-supported", "vision-supported"]);
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe("validateRequest: shape, model and endpoints", () => {
  it("accepts a valid request on every model of the catalogue", () => {
    for (const model of MODELS) {
      expect(validateRequest({ model: model.id, max_tokens: 1024, messages: [user("Hi")] }), model.id).toEqual([]);
    }
  });

  it("reads the thinking and tool-choice rules from the catalogue: what a model accepts passes", () => {
    const forced = { tools: [weatherTool], tool_choice: { type: "any" } };
    // Models that think by default, or always, but took forced tool use until their successors: no issue.
    for (const model of ["claude-fable-5", "claude-sonnet-5", "claude-opus-5", "claude-haiku-5-5", "claude-opus-4-8"])
      expect(validateRequest(base({ model, ...forced })), model).toEqual([]);
    // There, only a request that turns thinking on itself is refused.
    expect(
      validateRequest(base({ model: "claude-haiku-5-5", thinking: { type: "adaptive" }, ...forced }))[0].message,
    ).toBe("Thinking may not be enabled when tool_choice forces tool use.");
    // Opus 5 turns thinking off at its default effort (high) and below, not above.
    expect(validateRequest(base({ model: "claude-opus-5", thinking: { type: "disabled" } }))).toEqual([]);
    expect(
      validateRequest(
        base({ model: "claude-opus-5", thinking: { type: "disabled" }, output_config: { effort: "low" } }),
      ),
    ).toEqual([]);
    expect(
      validateRequest(
        base({ model: "claude-opus-5", thinking: { type: "disabled" }, output_config: { effort: "max" } }),
      )[0].path,
    ).toBe("thinking.type");
    // Models without the cap, or that accept disabling, are left alone.
    expect(
      validateRequest(
        base({ model: "claude-opus-4-8", thinking: { type: "disabled" }, output_config: { effort: "max" } }),
      ),
    ).toEqual([]);
  });

  it("reports missing and mistyped fields in the API's words", () => {
    expect(validateRequest({ model: "claude-opus-4-6", messages: [user("Hi")] })[0]).toMatchObject({
      path: "max_tokens",
      message: "max_tokens: Field required",
    });
    expect(validateRequest(base({ temperature: "hot" }))[0].message).toBe(
      "temperature: Input should be a valid number",
    );
    expect(validateRequest(base({ messages: [{ role: "system", content: "x" }] }))[0].path).toBe("messages.0.role");
    expect(validateRequest("not an object")[0].message).toMatch(/JSON object/);
    expect(validateRequest(base({ tool_choice: { type: "bogus" } }))[0].message).toBe(
      "tool_choice.type: Input tag 'bogus' found using 'type' does not match any of the expected tags: 'auto', 'any', 'tool', 'none'",
    );
    expect(validateRequest(base({ messages: [user(5)] }))[0].message).toBe(
      "messages.0.content: Input should be a valid string or a valid list of content blocks",
    );
    expect(validateRequest(base({ thinking: { type: "enabled" } }))[0].message).toBe(
      "thinking.budget_tokens: Field required",
    );
  });

  it("answers an unknown model with not_found_error, as the real 404 does", () => {
    expect(validateRequest(base({ model: "claude-does-not-exist" }))).toEqual([
      { path: "model", message: "model: claude-does-not-exist", errorType: "not_found_error" },
    ]);
  });

  it("leniently, checks an unknown model against the rules every model shares and none of a model's own", () => {
    const lenient = (patch: Record<string, unknown>) =>
      validateRequest(base({ model: "gateway/claude-custom", ...patch }), { unknownModel: "lenient" });
    expect(lenient({})).toEqual([]);
    // No limit is known: a huge max_tokens, any sampling, images, tools, a prefill and any effort pass.
    expect(
      lenient({
        max_tokens: 500_000,
        temperature: 0.2,
        top_p: 0.5,
        top_k: 5,
        output_config: { effort: "xhigh" },
        tools: [weatherTool],
      }),
    ).toEqual([]);
    expect(lenient({ messages: [user("Hi"), assistant("Sure,")] })).toEqual([]);
    // What the API refuses for any model is still found, on the field at fault.
    expect(lenient({ messages: [user("")] }).map((i) => i.path)).toEqual(["messages.0.content"]);
    expect(lenient({ temperature: 3 }).map((i) => i.path)).toEqual(["temperature"]);
    expect(lenient({ thinking: { type: "enabled", budget_tokens: 2048 } }).map((i) => i.path)).toEqual([
      "thinking.budget_tokens",
    ]);
    expect(
      lenient({ thinking: { type: "adaptive" }, tool_choice: { type: "any" }, tools: [weatherTool] }).map(
        (i) => i.path,
      ),
    ).toEqual(["tool_choice"]);
    // A known model is judged by its own entry either way.
    expect(validateRequest(base({ max_tokens: 500_000 }), { unknownModel: "lenient" }).map((i) => i.path)).toEqual([
      "max_tokens",
    ]);
  });

  it("count_tokens needs no max_tokens and skips output-side rules", () => {
    expect(validateRequest({ model: "claude-opus-4-6", messages: [user("Hi")] }, { endpoint: "count_tokens" })).toEqual(
      [],
    );
    expect(validateRequest(base({ max_tokens: 99_999 }), { endpoint: "count_tokens" })).toEqual([]);
  });

  it("says a sampling value once on a model that always thinks and fixes its sampling: the model's own rule, not thinking's too", () => {
    const issues = validateRequest(base({ model: "claude-fable-5-1", temperature: 0.5, top_p: 0.5, top_k: 5 }));
    const byPath = (path: string) => issues.filter((issue) => issue.path === path).map((issue) => issue.message);
    expect(byPath("top_p")).toEqual([
      expect.stringMatching(/must be at least 0\.99 \(or unset\) for claude-fable-5-1/),
    ]);
    expect(byPath("temperature")).toEqual([expect.stringMatching(/only accepts the default \(1\)/)]);
    expect(byPath("top_k")).toEqual([expect.stringMatching(/does not accept it/)]);
    // Where the model allows sampling, thinking's own limits still apply.
    expect(validateRequest(base({ thinking: { type: "adaptive" }, top_p: 0.5 })).map((issue) => issue.message)).toEqual(
      [expect.stringMatching(/greater than or equal to 0\.95 or unset when thinking is enabled/)],
    );
  });

  it("takes manual budgets on models where they are only deprecated, and valid thinking with sampling defaults", () => {
    expect(validateRequest(base({ thinking: { type: "enabled", budget_tokens: 1024 }, max_tokens: 2048 }))).toEqual([]);
    expect(
      validateRequest(base({ thinking: { type: "adaptive" }, output_config: { effort: "max" }, top_p: 0.95 })),
    ).toEqual([]);
    expect(
      validateRequest(
        base({ model: "claude-opus-4-8", thinking: { type: "adaptive" }, output_config: { effort: "xhigh" } }),
      ),
    ).toEqual([]);
  });

  it("accepts a thinking tool round trip that sends the thinking block back first", () => {
    const thinkingTurn = [
      toolTurn[0],
      assistant([
        { type: "thinking", thinking: "Look it up.", signature: "sig" },
        ...(toolTurn[1].content as unknown[]),
      ]),
      toolTurn[2],
    ];
    expect(
      validateRequest(base({ thinking: { type: "adaptive" }, tools: [weatherTool], messages: thinkingTurn })),
    ).toEqual([]);
  });

  it("accepts a tool round trip and a well-formed nested schema", () => {
    const schema = {
      type: "object",
      properties: {
        city: { type: "string", minLength: 1 },
        days: { type: "array", items: { type: "integer", minimum: 1 } },
      },
      required: ["city"],
    };
    expect(
      validateRequest(base({ tools: [{ name: "get_weather", input_schema: schema }], messages: toolTurn })),
    ).toEqual([]);
  });

  it("passes every tool type of the SDK's ToolUnion and BetaToolUnion, and one it has never heard of, as written", () => {
    const typed = [...sdkToolTypes(), { type: "future_tool_20300101", name: "future_tool", knob: { any: ["thing"] } }];
    expect(typed.length).toBeGreaterThan(25);
    expect(typed.filter((t) => !t.name).map((t) => t.type)).toEqual(
      expect.arrayContaining(["computer_toolset_20260801", "browser_toolset_20260801", "mcp_toolset"]),
    );
    for (const tool of typed) {
      const body = base({ tools: [weatherTool, tool] });
      expect(validateRequest(body), tool.type).toEqual([]);
      expect(validateRequest(body, { endpoint: "count_tokens" }), tool.type).toEqual([]);
    }
    // One of each name together, toolsets (no name) among them, and a server tool forced by its name.
    const oneOfEach = [...new Map(typed.map((t) => [t.name ?? t.type, t])).values()];
    const body = base({ tools: [weatherTool, ...oneOfEach], tool_choice: { type: "tool", name: "web_search" } });
    expect(validateRequest(body)).toEqual([]);
    // Names are unique among the tools that have one: two versions of web search are two web_search tools.
    const twice = base({ tools: [{ type: "web_search_20250305", name: "web_search" }, ...oneOfEach] });
    expect(validateRequest(twice).map((i) => i.message)).toEqual(["tools: Tool names must be unique."]);
  });

  it("reads the rules from the catalogue: a model without tools or vision refuses them", () => {
    const plain: ModelInfo = { ...findModel("claude-opus-4-6")!, tools: false, vision: false };
    const ctx = (request: Record<string, unknown>) => ({
      request: base(request) as never,
      model: plain,
      endpoint: "messages" as const,
      refuseUnknown: true,
      thinkingOn: false,
      inputTokens: () => 0,
    });
    expect(toolRules.find((r) => r.id === "tools-supported")!.check(ctx({ tools: [weatherTool] }))).toMatchObject({
      path: "tools",
    });
    const image = { type: "image", source: { type: "base64", media_type: "image/png", data: "AAAA" } };
    expect(messageRules.find((r) => r.id === "vision-supported")!.check(ctx({ messages: [user([image])] }))).toEqual([
      expect.objectContaining({ path: "messages.0.content.0" }),
    ]);
  });
});

describe("validateRequest: what the API accepts is never refused", () => {
  it("takes consecutive turns of one role, which the API combines, and pairs tools across them", () => {
    expect(validateRequest(base({ messages: [user("a"), user("b")] }))).toEqual([]);
    // A tool result answers the assistant turn before it, whichever of the turn's messages asked.
    const split = [
      user("Weather?"),
      assistant("Let me look."),
      assistant([{ type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } }]),
      user([{ type: "tool_result", tool_use_id: "toolu_1", content: "18°C" }]),
      user("And tomorrow?"),
    ];
    expect(validateRequest(base({ tools: [weatherTool], messages: split }))).toEqual([]);
  });

  it("takes max_tokens 0, which fills the prompt cache without a reply", () => {
    expect(validateRequest(base({ max_tokens: 0 }))).toEqual([]);
  });

  it("takes a system message after a user turn on the models the catalogue says take them", () => {
    const body = (model: string) => ({
      model,
      max_tokens: 1024,
      messages: [user("a"), { role: "system", content: "Be brief." }, assistant("ok"), user("b")],
    });
    expect(validateRequest(body("claude-opus-4-8"))).toEqual([]);
    expect(validateRequest(body("claude-opus-4-6"))[0]).toMatchObject({ path: "messages.1.role" });
  });

  it("takes a system message right after a user turn on a model that accepts them, and places it", () => {
    const model = "a-model-newer-than-the-catalogue"; // lenient: it allows what any model allows
    const asked = { model, max_tokens: 1024, messages: [user("a"), { role: "system", content: "Be brief." }] };
    expect(validateRequest(asked, { unknownModel: "lenient" })).toEqual([]);
    const misplaced = { ...asked, messages: [user("a"), assistant("b"), { role: "system", content: "Be brief." }] };
    expect(validateRequest(misplaced, { unknownModel: "lenient" })[0]).toMatchObject({ path: "messages.2.role" });
  });

  it("leaves a role it does not know to the upstream when asked to keep unknown parts (the panel)", () => {
    const newer = base({ messages: [user("a"), { role: "developer", content: "b" }] });
    expect(validateRequest(newer, { unknownParts: "keep" })).toEqual([]);
    expect(validateRequest(newer)[0]).toMatchObject({ path: "messages.1.role" });
  });
});
