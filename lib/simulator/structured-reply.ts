// The reply to a request with output_config.format (structured outputs): one text block whose text is JSON valid
// against the format's schema ("Valid JSON matching your schema in response.content[0].text", docs). Values are drawn
// from the conversation where the schema allows (names, addresses, numbers, the enum value the user names), the rest
// from the seed; reply-plan.ts cuts it at max_tokens like any text, so a cut reply is not valid JSON, as with the API.
import type { MessageRequest } from "@/lib/messages/request-schema";
import type { ToolResultSummary } from "./reply-text";
import { generateToolInput, salientWords } from "./tool-input";

export interface StructuredReplyInput {
  random: () => number;
  /** The last user turn's text. */
  question: string;
  toolResults: ToolResultSummary[];
}

const clip = (text: string, max: number) => {
  const flat = text.trim().replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The format's schema, when the request asks for structured output (a null format is none). */
export function outputFormatSchema(request: MessageRequest): Record<string, unknown> | undefined {
  const format = request.output_config?.format;
  return format?.type === "json_schema" ? (format.schema as Record<string, unknown>) : undefined;
}

/** The JSON text of the reply, compact as the API sends it. */
export function structuredReply(schema: Record<string, unknown>, input: StructuredReplyInput): string {
  const results = input.toolResults.map((r) => r.content).join(" ");
  // What the user wrote (and, answering a tool call, what the tool returned) is the material to fill the schema from.
  const material = [input.question, results].filter(Boolean).join("\n");
  const prose = clip(results || input.question, 160) || "No input was given.";
  const value = generateToolInput(schema, {
    random: input.random,
    words: salientWords(material),
    question: material,
    prose,
    cursor: { next: 0 },
  });
  return JSON.stringify(value);
}
