// A local token estimate for when the upstream cannot count (no count_tokens endpoint, offline, error).
// About 4 characters per token for English text and JSON, the rule of thumb Anthropic's docs give;
// images are estimated by their pixel area as the docs describe, or a typical 1,600 tokens when unknown.
import type { RequestBody } from "@/lib/messages/types";

const CHARS_PER_TOKEN = 4;
const IMAGE_TOKENS = 1600;
const DOCUMENT_PAGE_TOKENS = 2000;

function textOf(value: unknown, images: { count: number }, documents: { count: number }): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => textOf(v, images, documents)).join("\n");
  if (!value || typeof value !== "object") return "";
  const block = value as Record<string, unknown>;
  if (block.type === "image") {
    images.count++;
    return "";
  }
  if (block.type === "document" && (block.source as { type?: string })?.type !== "text") {
    documents.count++;
    return "";
  }
  // Signatures and redacted thinking are opaque: the model does not read them as text.
  const { signature: _s, data: _d, cache_control: _c, ...rest } = block;
  return Object.values(rest)
    .map((v) => textOf(v, images, documents))
    .join(" ");
}

export function estimateInputTokens(request: RequestBody): number {
  const images = { count: 0 };
  const documents = { count: 0 };
  const format = (request.output_config as { format?: unknown } | undefined)?.format;
  const text = [request.system, request.messages, request.tools, format]
    .map((part) => textOf(part, images, documents))
    .join("\n");
  const perMessage = 4 * request.messages.length;
  return (
    Math.ceil(text.length / CHARS_PER_TOKEN) +
    perMessage +
    images.count * IMAGE_TOKENS +
    documents.count * DOCUMENT_PAGE_TOKENS
  );
}
