// A planned reply as the API returns it: one Message (JSON) or the stream events that accumulate into the
// same Message. Both come from the same plan, so a stream's final message equals the JSON reply.
import { seededRandom } from "./ids";
import type { PlannedBlock, ReplyPlan } from "./reply-plan";

export interface ReplyUsage {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
  output_tokens: number;
  service_tier: "standard";
  inference_geo: "not_available";
}

export interface MessageShell {
  id: string;
  model: string;
  usage: Omit<ReplyUsage, "output_tokens">;
}

export type StreamEvent = { type: string; [key: string]: unknown };

export function buildMessage(plan: ReplyPlan, shell: MessageShell) {
  return {
    id: shell.id,
    type: "message" as const,
    role: "assistant" as const,
    model: shell.model,
    content: plan.blocks.map((b) => b.content),
    stop_reason: plan.stopReason,
    stop_sequence: plan.stopSequence,
    ...(plan.stopDetails ? { stop_details: plan.stopDetails } : {}),
    usage: finalUsage(plan, shell),
  };
}

/** Usage in the API's key order (output_tokens before service_tier, server_tool_use last). */
function withOutputTokens(shell: MessageShell, outputTokens: number): ReplyUsage {
  const { service_tier, inference_geo, ...counts } = shell.usage;
  return { ...counts, output_tokens: outputTokens, service_tier, inference_geo };
}

/** The reply's usage once it is over: server tools' results read within the turn add to the input. */
function finalUsage(plan: ReplyPlan, shell: MessageShell) {
  const usage = withOutputTokens(shell, plan.outputTokens);
  usage.input_tokens += plan.resultInputTokens;
  return plan.serverToolUse ? { ...usage, server_tool_use: plan.serverToolUse } : usage;
}

/** The start-of-block shape: empty text, empty thinking, a tool call with `input: {}`; redacted data and server tool
 * results arrive whole. */
function startBlock(block: PlannedBlock) {
  const c = block.content;
  switch (c.type) {
    case "text":
      return c.citations ? { type: "text", text: "", citations: [] } : { type: "text", text: "" };
    case "thinking":
      return { type: "thinking", thinking: "", signature: "" };
    case "tool_use":
      return { type: "tool_use", id: c.id, name: c.name, input: {} };
    case "server_tool_use":
      return { type: "server_tool_use", id: c.id, name: c.name, input: {}, caller: c.caller };
    default:
      return c;
  }
}

/** A server tool's result arrives after the tool has run: the pause it takes, in output tokens' worth of pacing. */
const TOOL_RUN_TOKENS = 60;

/** Deltas carry 1–4 tokens each, as real streams batch them; the grouping is seeded like the words. */
function groupPieces(pieces: string[], random: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    const n = 1 + Math.floor(random() * 4);
    out.push(pieces.slice(i, i + n).join(""));
    i += n;
  }
  return out;
}

/** Every event of the stream, in the API's order; `tokens` says how many output tokens an event carries. */
export function buildEvents(plan: ReplyPlan, shell: MessageShell): Array<{ event: StreamEvent; tokens: number }> {
  const random = seededRandom(plan.seed ^ 0x9e3779b9);
  const events: Array<{ event: StreamEvent; tokens: number }> = [];
  const push = (event: StreamEvent, tokens = 0) => events.push({ event, tokens });
  push({
    type: "message_start",
    message: {
      id: shell.id,
      type: "message",
      role: "assistant",
      model: shell.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: withOutputTokens(shell, 1),
    },
  });
  plan.blocks.forEach((block, index) => {
    const c = block.content;
    const result = c.type.endsWith("_tool_result");
    push({ type: "content_block_start", index, content_block: startBlock(block) }, result ? TOOL_RUN_TOKENS : 0);
    if (index === 0) push({ type: "ping" });
    if (c.type === "tool_use" || c.type === "server_tool_use") {
      // The first input delta is empty, as in real streams.
      push({ type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json: "" } });
      for (const chunk of groupPieces(block.pieces, random)) {
        push(
          { type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json: chunk } },
          chunkTokens(chunk),
        );
      }
    } else if (c.type === "text") {
      // A cited claim's citations come first, each a delta of its own (they are not output tokens).
      for (const citation of c.citations ?? [])
        push({ type: "content_block_delta", index, delta: { type: "citations_delta", citation } });
      for (const chunk of groupPieces(block.pieces, random)) {
        push({ type: "content_block_delta", index, delta: { type: "text_delta", text: chunk } }, chunkTokens(chunk));
      }
    } else if (c.type === "thinking") {
      for (const chunk of groupPieces(block.pieces, random)) {
        push(
          { type: "content_block_delta", index, delta: { type: "thinking_delta", thinking: chunk } },
          chunkTokens(chunk),
        );
      }
      push({ type: "content_block_delta", index, delta: { type: "signature_delta", signature: c.signature } });
    }
    if (block.complete) push({ type: "content_block_stop", index });
  });
  const usage = finalUsage(plan, shell);
  push({
    type: "message_delta",
    delta: {
      stop_reason: plan.stopReason,
      stop_sequence: plan.stopSequence,
      ...(plan.stopDetails ? { stop_details: plan.stopDetails } : {}),
    },
    usage: {
      input_tokens: usage.input_tokens,
      cache_creation_input_tokens: usage.cache_creation_input_tokens,
      cache_read_input_tokens: usage.cache_read_input_tokens,
      output_tokens: usage.output_tokens,
      ...(plan.serverToolUse ? { server_tool_use: plan.serverToolUse } : {}),
    },
  });
  push({ type: "message_stop" });
  return events;
}

// Pacing only: roughly one token per 4 characters, at least one.
const chunkTokens = (chunk: string) => Math.max(1, Math.round(chunk.length / 4));
