// The zod schema of a Messages request body. Loose on purpose: unknown fields pass through untouched,
// so new API features typed into the editor reach the upstream exactly as written.
import { z } from "zod";

export const CacheControlSchema = z.looseObject({
  type: z.literal("ephemeral"),
  ttl: z.enum(["5m", "1h"]).optional(),
});

export const TextBlockSchema = z.looseObject({
  type: z.literal("text"),
  text: z.string(),
  cache_control: CacheControlSchema.nullish(),
});

export const ContentBlockParamSchema = z.looseObject({ type: z.string() });

export const MessageParamSchema = z.looseObject({
  role: z.enum(["user", "assistant"]),
  content: z.union([z.string(), z.array(ContentBlockParamSchema)]),
});

export const ToolSchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  input_schema: z.looseObject({ type: z.string() }),
  cache_control: CacheControlSchema.nullish(),
});

export const ToolChoiceSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("auto"), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("any"), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("tool"), name: z.string(), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("none") }),
]);

export const ThinkingSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("enabled"), budget_tokens: z.number().int() }),
  z.looseObject({ type: z.literal("disabled") }),
  z.looseObject({ type: z.literal("adaptive") }),
]);

export const MessageRequestSchema = z.looseObject({
  model: z.string(),
  max_tokens: z.number().int(),
  messages: z.array(MessageParamSchema),
  system: z.union([z.string(), z.array(TextBlockSchema)]).optional(),
  temperature: z.number().optional(),
  top_p: z.number().optional(),
  top_k: z.number().int().optional(),
  stop_sequences: z.array(z.string()).optional(),
  stream: z.boolean().optional(),
  metadata: z.looseObject({ user_id: z.string().nullish() }).optional(),
  tools: z.array(ToolSchema).optional(),
  tool_choice: ToolChoiceSchema.optional(),
  thinking: ThinkingSchema.optional(),
  output_config: z.looseObject({ effort: z.enum(["low", "medium", "high", "xhigh", "max"]).nullish() }).optional(),
});

export type MessageRequest = z.infer<typeof MessageRequestSchema>;

/** count_tokens takes the same body without `max_tokens` (and ignores it when present). */
export const CountTokensRequestSchema = MessageRequestSchema.extend({ max_tokens: z.number().int().optional() });

/** Turns a zod issue path into the API's dotted field path (`messages.0.content`). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}
