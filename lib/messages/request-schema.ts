// The zod schema of a Messages request body. Loose on purpose: unknown fields pass through untouched,
// so new API features typed into the editor reach the upstream exactly as written.
import { z } from "zod";

export const CacheControlSchema = z
  .looseObject({
    type: z.literal("ephemeral"),
    ttl: z.enum(["5m", "1h"]).optional().describe("How long the cached prefix lives: 5 minutes (default) or 1 hour."),
  })
  .describe("A prompt-cache breakpoint: everything up to and including this block is cached.");

export const TextBlockSchema = z.looseObject({
  type: z.literal("text"),
  text: z.string(),
  cache_control: CacheControlSchema.nullish(),
});

export const ContentBlockParamSchema = z
  .looseObject({
    type: z
      .string()
      .describe(
        "Block type: text, image, document, tool_use, tool_result, thinking, redacted_thinking, or a newer one.",
      ),
  })
  .describe("A content block. Unknown block types are passed through to the API.");

export const MessageParamSchema = z.looseObject({
  role: z
    .string()
    .describe(
      'Who speaks: "user", "assistant", or "system" (instructions after a user turn, on models that accept them). A final assistant turn is a prefill the model continues.',
    ),
  content: z.union([z.string(), z.array(ContentBlockParamSchema)]).describe("A string, or an array of content blocks."),
});

/** A tool: your own (no `type`, or `custom`), which needs `name` and an object `input_schema` (tool-rules.ts says so
 * in the API's words), or a server or Anthropic-defined tool, which has a versioned `type` and only the fields that
 * version takes (a toolset has no `name`). Every field is optional here so that any type passes as written. */
export const ToolSchema = z.looseObject({
  type: z
    .string()
    .optional()
    .describe(
      'Absent or "custom" for your own tool; a server or Anthropic-defined tool\'s versioned type otherwise, e.g. web_search_20250305.',
    ),
  name: z
    .string()
    .optional()
    .describe("The tool's name, as the model will call it (letters, digits, _ and -). Toolsets have none."),
  description: z.string().optional().describe("What the tool does and when to use it: the model reads this."),
  input_schema: z
    .looseObject({ type: z.string().describe('Always "object".') })
    .optional()
    .describe("JSON Schema of a custom tool's input object."),
  cache_control: CacheControlSchema.nullish(),
  strict: z
    .boolean()
    .optional()
    .describe(
      "Structured outputs: the tool's input always matches input_schema, which must keep to the structured-outputs subset of JSON Schema (additionalProperties: false on every object).",
    ),
});

export const ToolChoiceSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("auto"), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("any"), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("tool"), name: z.string(), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("none") }),
]);

const ThinkingDisplaySchema = z
  .string()
  .optional()
  .describe('What thinking blocks show: "summarized" (the thinking, summarized) or "omitted" (empty, signature only).');
/**
 * A JSON Schema as structured outputs take it (output_config.format.schema). Loose: the validation rules
 * (validation/structured-output-rules.ts) say what the API refuses; these keys are here for Monaco's hover.
 */
export const StructuredSchemaSchema = z
  .looseObject({
    type: z
      .unknown()
      .optional()
      .describe("object, array, string, integer, number, boolean or null (or a list of them)."),
    properties: z.record(z.string(), z.unknown()).optional().describe("The object's properties, by name."),
    required: z.array(z.string()).optional().describe("Properties always present; the others are optional."),
    additionalProperties: z
      .unknown()
      .optional()
      .describe("Must be false on every object: structured outputs refuse any other value, and its absence."),
  })
  .describe(
    "JSON Schema of the reply (structured outputs subset: no minimum/maximum, minLength/maxLength, minItems above 1, recursion or external $ref).",
  );

/** `output_config.format`: the reply is one text block of JSON valid against `schema`. */
export const OutputFormatSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("json_schema"), schema: StructuredSchemaSchema }),
]);

export const ThinkingSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("enabled"), budget_tokens: z.number().int(), display: ThinkingDisplaySchema }),
  z.looseObject({ type: z.literal("disabled") }),
  z.looseObject({ type: z.literal("adaptive"), display: ThinkingDisplaySchema }),
]);

export const MessageRequestSchema = z.looseObject({
  model: z.string().describe("The model that will answer, e.g. claude-opus-4-6."),
  max_tokens: z.number().int().describe("The most tokens the reply may have before it stops (stop_reason max_tokens)."),
  messages: z
    .array(MessageParamSchema)
    .describe("The conversation: user and assistant turns (consecutive turns of one role are combined)."),
  system: z
    .union([z.string(), z.array(TextBlockSchema)])
    .optional()
    .describe("System prompt: a string, or text blocks (which can carry cache_control)."),
  temperature: z.number().optional().describe("Randomness, 0 to 1. Some models accept only 1."),
  top_p: z
    .number()
    .optional()
    .describe("Nucleus sampling: keep the most likely tokens whose probabilities add up to top_p."),
  top_k: z.number().int().optional().describe("Sample only from the top K tokens. Some models refuse it."),
  stop_sequences: z
    .array(z.string())
    .optional()
    .describe("Strings that end the reply when generated (stop_reason stop_sequence)."),
  stream: z.boolean().optional().describe("Stream the reply as server-sent events."),
  metadata: z
    .looseObject({ user_id: z.string().nullish().describe("An opaque id of the end user (no personal data).") })
    .optional(),
  tools: z.array(ToolSchema).optional().describe("Tools the model may call."),
  tool_choice: ToolChoiceSchema.optional().describe(
    "auto, any, a named tool, or none. disable_parallel_tool_use allows one call at most.",
  ),
  thinking: ThinkingSchema.optional().describe(
    "Extended thinking: enabled with budget_tokens (>= 1024, < max_tokens) on older models, adaptive on newer ones.",
  ),
  cache_control: CacheControlSchema.nullish().describe(
    "Automatic prompt caching: a breakpoint on the last cacheable block, moving forward as the conversation grows.",
  ),
  output_config: z
    .looseObject({
      effort: z
        .enum(["low", "medium", "high", "xhigh", "max"])
        .nullish()
        .describe("How much effort the model spends (tokens, thinking) on the reply."),
      format: OutputFormatSchema.nullish().describe(
        'Structured outputs: {"type": "json_schema", "schema": {...}} makes the reply JSON valid against the schema.',
      ),
    })
    .optional(),
});

export type MessageRequest = z.infer<typeof MessageRequestSchema>;

/** count_tokens takes the same body without `max_tokens` (and ignores it when present). */
export const CountTokensRequestSchema = MessageRequestSchema.extend({ max_tokens: z.number().int().optional() });

/** Turns a zod issue path into the API's dotted field path (`messages.0.content`). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}
