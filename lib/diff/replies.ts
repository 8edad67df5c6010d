// Two replies compared as a reader compares them: the text by words (or, when both texts are JSON documents, such as
// structured outputs, by field), each tool call by its name and its input's fields, the thinking by words, any other
// block by its fields, and the stop reason. Ids are left out: every call mints new ones, so they always differ.
import { type FieldChange, diffFields, parseJsonDocument } from "./fields";
import type { BilledCall } from "./usage";
import { type WordDiff, diffTextByWords } from "./words";

/** A reply as the diff reads it: a Message (or anything with its `content` blocks). */
export interface ReplyMessage {
  content?: readonly unknown[] | null;
  stop_reason?: string | null;
}

/** One reply to compare: the Message, and the usage and model it is priced by. */
export interface DiffReply extends BilledCall {
  message: ReplyMessage;
}

export type TextDiff =
  | { kind: "words"; diff: WordDiff }
  /** Both texts parse as JSON objects or arrays: compared by field. */
  | { kind: "json"; changes: FieldChange[] };

export interface ToolCallDiff {
  /** The block type: `tool_use`, `server_tool_use`, or another type the API may add that has a name and an input. */
  type: string;
  name: string;
  /** Which call of this name it is, from 1 (a reply may call a tool more than once). */
  occurrence: number;
  /** Only one reply made this call: the other is absent. */
  before?: unknown;
  after?: unknown;
  /** The input's differences, by field; empty when both made it with the same input. */
  changes: FieldChange[];
}

export interface BlockDiff {
  type: string;
  occurrence: number;
  before?: unknown;
  after?: unknown;
  changes: FieldChange[];
}

export interface ReplyDiff {
  /** The text blocks, joined; null when neither reply has text. */
  text: TextDiff | null;
  /** The thinking, joined, by words; null when neither reply thought (redacted thinking is opaque: counted only). */
  thinking: WordDiff | null;
  redactedThinking: { before: number; after: number };
  toolCalls: ToolCallDiff[];
  /** Blocks of any other type (server tools' results, citations' documents, types this code does not know). */
  others: BlockDiff[];
  stopReason: { before: string | null; after: string | null };
}

type Block = Record<string, unknown>;

const blocksOf = (reply: ReplyMessage): Block[] =>
  (reply.content ?? []).filter((b): b is Block => typeof b === "object" && b !== null && !Array.isArray(b));

const isToolCall = (b: Block) => typeof b.name === "string" && "input" in b && b.type !== "tool_result";

const joined = (blocks: Block[], type: string, field: string) =>
  blocks
    .filter((b) => b.type === type && typeof b[field] === "string")
    .map((b) => b[field] as string)
    .join("\n\n");

/** Blocks keyed by what they are and which one of those they are: `tool_use get_weather #2`. */
function keyed(blocks: Block[], key: (b: Block) => string): Map<string, { block: Block; occurrence: number }> {
  const seen = new Map<string, number>();
  const out = new Map<string, { block: Block; occurrence: number }>();
  for (const block of blocks) {
    const k = key(block);
    const occurrence = (seen.get(k) ?? 0) + 1;
    seen.set(k, occurrence);
    out.set(`${k}#${occurrence}`, { block, occurrence });
  }
  return out;
}

/** Both sides' keys, the first reply's order first, then the keys only the second has. */
const unionKeys = (a: Map<string, unknown>, b: Map<string, unknown>) => [...new Set([...a.keys(), ...b.keys()])];

const withoutIds = (block: Block): Block => {
  const { id: _id, tool_use_id: _toolUseId, ...rest } = block;
  return rest;
};

function diffText(before: string, after: string): TextDiff | null {
  if (!before && !after) return null;
  const a = parseJsonDocument(before);
  const b = parseJsonDocument(after);
  if (a !== undefined && b !== undefined) return { kind: "json", changes: diffFields(a, b) };
  return { kind: "words", diff: diffTextByWords(before, after) };
}

function diffToolCalls(a: Block[], b: Block[]): ToolCallDiff[] {
  const key = (block: Block) => `${String(block.type)} ${String(block.name)}`;
  const before = keyed(a.filter(isToolCall), key);
  const after = keyed(b.filter(isToolCall), key);
  return unionKeys(before, after).map((k) => {
    const x = before.get(k);
    const y = after.get(k);
    const block = (x ?? y)!;
    return {
      type: String(block.block.type),
      name: String(block.block.name),
      occurrence: block.occurrence,
      ...(x ? { before: x.block.input } : {}),
      ...(y ? { after: y.block.input } : {}),
      changes: x && y ? diffFields(x.block.input, y.block.input) : [],
    };
  });
}

const OWN_SECTION = new Set(["text", "thinking", "redacted_thinking"]);

function diffOthers(a: Block[], b: Block[]): BlockDiff[] {
  const other = (block: Block) => !OWN_SECTION.has(String(block.type)) && !isToolCall(block);
  const before = keyed(a.filter(other), (block) => String(block.type));
  const after = keyed(b.filter(other), (block) => String(block.type));
  return unionKeys(before, after).map((k) => {
    const x = before.get(k);
    const y = after.get(k);
    const block = (x ?? y)!;
    return {
      type: String(block.block.type),
      occurrence: block.occurrence,
      ...(x ? { before: x.block } : {}),
      ...(y ? { after: y.block } : {}),
      changes: x && y ? diffFields(withoutIds(x.block), withoutIds(y.block)) : [],
    };
  });
}

export function diffReplies(before: ReplyMessage, after: ReplyMessage): ReplyDiff {
  const a = blocksOf(before);
  const b = blocksOf(after);
  const thinkingA = joined(a, "thinking", "thinking");
  const thinkingB = joined(b, "thinking", "thinking");
  const redacted = (blocks: Block[]) => blocks.filter((x) => x.type === "redacted_thinking").length;
  return {
    text: diffText(joined(a, "text", "text"), joined(b, "text", "text")),
    thinking: thinkingA || thinkingB ? diffTextByWords(thinkingA, thinkingB) : null,
    redactedThinking: { before: redacted(a), after: redacted(b) },
    toolCalls: diffToolCalls(a, b),
    others: diffOthers(a, b),
    stopReason: { before: before.stop_reason ?? null, after: after.stop_reason ?? null },
  };
}
