// The one tokenizer: the simulator's usage figures, its count_tokens answer, its prompt cache and the
// context-window check all count with these functions, so they agree exactly.
// It approximates Claude's tokenizer: words, numbers and punctuation runs; long words cost one token per 4 chars.
import type { MessageRequest } from "./request-schema";

const TOKEN_PATTERN = /\s*[A-Za-z]{1,4}|\s*\d{1,3}|\s*[^\sA-Za-z\d]|\s+/g;

/**
 * Splits text into tokens the way the simulator emits them: up to 4 letters, up to 3 digits, or one other
 * character, each with the whitespace before it. Joined, the pieces are the text again.
 */
export function splitTokens(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? [];
}

// Unicode whitespace as `\s` matches it, beyond ASCII. Other characters count per UTF-16 unit, as in `splitTokens`.
const WIDE_SPACES = new Set([0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && (WIDE_SPACES.has(c) || (c >= 0x2000 && c <= 0x200a)));
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Tokens of a text: its pieces, not counting a run of whitespace alone (input and output count alike).
 * A scan equal to counting `splitTokens` pieces, without building them: prompts can be 200K tokens long.
 */
export function countTextTokens(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let run = 1;
    if (isLetter(c)) {
      while (run < 4 && isLetter(text.charCodeAt(i + run))) run++;
    } else if (isDigit(c)) {
      while (run < 3 && isDigit(text.charCodeAt(i + run))) run++;
    }
    count++;
    i += run;
  }
  return count;
}

/** Fixed costs: the API counts images by size; without decoding them the simulator charges a typical one. */
const IMAGE_TOKENS = 1_200;
const PDF_TOKENS = 1_500;
const PER_MESSAGE = 3;
const PER_TOOL = 8;
const BASE = 4;
/**
 * Structured outputs: "Claude automatically receives an additional system prompt explaining the expected output
 * format", so input tokens are "slightly higher" (docs, structured outputs, "Prompt modification and token costs").
 * Counted as a fixed prompt plus the schema's JSON, the way a tool's definition is.
 */
const FORMAT_PROMPT = 30;

/** One cacheable unit of the prompt, in the order the API builds its prefix: tools, system, messages. */
export interface PromptSegment {
  /** Where it sits in the request (`tools.0`, `system.1`, `messages.2.content.0`). */
  path: string;
  tokens: number;
  /** Canonical JSON of the block: equal segments hash equal. */
  key: string;
  cacheControl?: { type: string; ttl?: string } | null;
}

type Block = Record<string, unknown>;

function blockTokens(block: Block): number {
  if (typeof block !== "object" || block === null) return countTextTokens(JSON.stringify(block) ?? "");
  switch (block.type) {
    case "text":
      return countTextTokens(String(block.text ?? ""));
    case "image":
      return IMAGE_TOKENS;
    case "document": {
      const source = block.source as Block | undefined;
      if (source?.type === "text") return countTextTokens(String(source.data ?? ""));
      // Custom content: its text blocks (or its one string).
      if (source?.type === "content")
        return typeof source.content === "string"
          ? countTextTokens(source.content)
          : (Array.isArray(source.content) ? (source.content as Block[]) : []).reduce(
              (sum, b) => sum + blockTokens(b),
              0,
            );
      return PDF_TOKENS;
    }
    case "tool_use":
      return countTextTokens(String(block.name ?? "")) + countTextTokens(JSON.stringify(block.input ?? {})) + 3;
    case "tool_result": {
      const content = block.content;
      if (typeof content === "string") return countTextTokens(content) + 3;
      if (Array.isArray(content)) return content.reduce<number>((sum, b) => sum + blockTokens(b as Block), 3);
      return 3;
    }
    case "thinking":
      return countTextTokens(String(block.thinking ?? ""));
    case "redacted_thinking":
      return Math.ceil(String(block.data ?? "").length / 8);
    default:
      return countTextTokens(JSON.stringify(block) ?? "");
  }
}

type CountedBody = Pick<MessageRequest, "system" | "messages" | "tools" | "output_config" | "cache_control">;

/**
 * The prompt as an ordered list of segments (a response format's prompt, tools, system blocks, message blocks). The
 * format goes first: changing it "will invalidate any prompt cache for that conversation thread" (docs, as above).
 * A top-level `cache_control` (automatic caching) puts its breakpoint on the last segment, unless that one carries its
 * own.
 */
export function promptSegments(body: CountedBody, withKeys = true): PromptSegment[] {
  const segments: PromptSegment[] = [];
  // Keys serve the prompt cache only; counting skips them (they copy the whole prompt).
  const keyOf = (value: unknown) => (withKeys ? JSON.stringify(value) : "");
  const format = body.output_config?.format;
  if (format) {
    const schema = JSON.stringify(format.schema ?? {});
    segments.push({
      path: "output_config.format",
      tokens: FORMAT_PROMPT + countTextTokens(schema),
      key: keyOf(format),
    });
  }
  (body.tools ?? []).forEach((tool, i) => {
    const { cache_control, ...rest } = tool as Block;
    const tokens =
      PER_TOOL +
      countTextTokens(String(rest.name ?? "")) +
      countTextTokens(String(rest.description ?? "")) +
      countTextTokens(JSON.stringify(rest.input_schema ?? {}));
    segments.push({
      path: `tools.${i}`,
      tokens,
      key: keyOf(rest),
      cacheControl: cache_control as PromptSegment["cacheControl"],
    });
  });
  if (typeof body.system === "string") {
    if (body.system)
      segments.push({ path: "system", tokens: countTextTokens(body.system) + PER_MESSAGE, key: keyOf(body.system) });
  } else if (Array.isArray(body.system)) {
    body.system.forEach((block, i) => {
      const { cache_control, ...rest } = block as Block;
      segments.push({
        path: `system.${i}`,
        tokens: blockTokens(rest) + (i === 0 ? PER_MESSAGE : 0),
        key: keyOf(rest),
        cacheControl: cache_control as PromptSegment["cacheControl"],
      });
    });
  }
  body.messages.forEach((message, m) => {
    if (typeof message.content === "string") {
      segments.push({
        path: `messages.${m}`,
        tokens: countTextTokens(message.content) + PER_MESSAGE,
        key: keyOf([message.role, message.content]),
      });
      return;
    }
    message.content.forEach((block, i) => {
      const { cache_control, ...rest } = block as Block;
      segments.push({
        path: `messages.${m}.content.${i}`,
        tokens: blockTokens(rest) + (i === 0 ? PER_MESSAGE : 0),
        key: keyOf([message.role, rest]),
        cacheControl: cache_control as PromptSegment["cacheControl"],
      });
    });
  });
  const last = segments.at(-1);
  if (body.cache_control && last && !last.cacheControl) last.cacheControl = body.cache_control;
  return segments;
}

/** Input tokens of a request: what count_tokens answers and what usage splits into uncached + cache. */
export function countRequestTokens(body: CountedBody): number {
  return promptSegments(body, false).reduce((sum, s) => sum + s.tokens, BASE);
}

export const PROMPT_BASE_TOKENS = BASE;
