// The grammar of a Messages stream, checked event by event: one message_start first; blocks opened in index
// order, one at a time; each delta's type allowed for its block's type; signature_delta last in a thinking
// block; tool input JSON valid when its block stops; message_delta after the blocks; message_stop last;
// an `error` event ends the stream. Pure (no I/O), so the recorded real streams and the simulator's
// streams are held to the same rules.
import { createParser } from "eventsource-parser";

export interface GrammarEvent {
  /** The `event:` line, when the stream has one. */
  name?: string;
  data: unknown;
}

export interface GrammarOptions {
  /** The stream is an excerpt that may begin mid-message (blocks already open). */
  excerpt?: boolean;
}

export interface GrammarResult {
  violations: string[];
  /** How the stream ended: complete, with an error event, or cut off. */
  ending: "message_stop" | "error" | "truncated";
  /** Block types in index order, as seen. */
  blocks: string[];
}

const DELTAS_BY_BLOCK: Record<string, string[]> = {
  text: ["text_delta", "citations_delta"],
  thinking: ["thinking_delta", "signature_delta"],
  redacted_thinking: [],
  tool_use: ["input_json_delta"],
  server_tool_use: ["input_json_delta"],
  // Server tools' results arrive whole in content_block_start.
  web_search_tool_result: [],
  web_fetch_tool_result: [],
  code_execution_tool_result: [],
  bash_code_execution_tool_result: [],
  text_editor_code_execution_tool_result: [],
};
const BLOCK_FOR_DELTA: Record<string, string> = {
  text_delta: "text",
  citations_delta: "text",
  thinking_delta: "thinking",
  signature_delta: "thinking",
  input_json_delta: "tool_use",
};
const STOP_REASONS = new Set([
  "end_turn",
  "max_tokens",
  "stop_sequence",
  "tool_use",
  "pause_turn",
  "refusal",
  "model_context_window_exceeded",
]);

type Payload = { type?: unknown; [key: string]: unknown };

export function checkStreamGrammar(events: GrammarEvent[], options: GrammarOptions = {}): GrammarResult {
  const violations: string[] = [];
  const blocks: string[] = [];
  type Phase = "start" | "blocks" | "delta" | "stopped" | "errored";
  let phase = (options.excerpt ? "blocks" : "start") as Phase;
  let open: { index: number; type: string; json: string; signed: boolean } | null = null;
  let startOutputTokens = 0;
  let stopReason: unknown;
  const fail = (i: number, message: string) => violations.push(`event ${i}: ${message}`);

  events.forEach(({ name, data }, i) => {
    if (typeof data !== "object" || data === null) return fail(i, "data is not a JSON object");
    const event = data as Payload;
    const type = String(event.type);
    if (name !== undefined && name !== type) fail(i, `event name "${name}" differs from data.type "${type}"`);
    if (phase === "stopped" || phase === "errored") return fail(i, `${type} after the stream ended`);
    if (type === "ping") return;
    if (type === "error") {
      const error = event.error as Payload | undefined;
      if (typeof error?.type !== "string" || typeof error?.message !== "string")
        fail(i, "error event without error.type and error.message");
      phase = "errored";
      return;
    }
    if (phase === "start" && type !== "message_start") return fail(i, `${type} before message_start`);

    switch (type) {
      case "message_start": {
        if (phase !== "start") return fail(i, "second message_start");
        const message = event.message as Payload | undefined;
        if (message?.type !== "message" || message.role !== "assistant")
          fail(i, "message_start without an assistant message");
        if (!Array.isArray(message?.content) || (message.content as unknown[]).length !== 0)
          fail(i, "message_start content is not empty");
        const usage = message?.usage as Payload | undefined;
        if (typeof usage?.input_tokens !== "number" || typeof usage?.output_tokens !== "number")
          fail(i, "message_start usage lacks token counts");
        startOutputTokens = Number(usage?.output_tokens ?? 0);
        phase = "blocks";
        return;
      }
      case "content_block_start": {
        if (phase !== "blocks") return fail(i, "content_block_start after message_delta");
        if (open) fail(i, `content_block_start while block ${open.index} is open`);
        const index = event.index;
        const expected = options.excerpt && blocks.length === 0 ? index : blocks.length;
        if (index !== expected) fail(i, `content_block_start index ${String(index)}, expected ${String(expected)}`);
        const block = event.content_block as Payload | undefined;
        const blockType = String(block?.type);
        if (blockType === "text" && block?.text !== "") fail(i, "text block does not start empty");
        if (blockType === "thinking" && (block?.thinking !== "" || typeof block?.signature !== "string"))
          fail(i, "thinking block does not start empty");
        if (blockType === "tool_use" && (typeof block?.id !== "string" || typeof block?.name !== "string"))
          fail(i, "tool_use block without id and name");
        if (blockType === "redacted_thinking" && typeof block?.data !== "string")
          fail(i, "redacted_thinking without data");
        blocks[Number(index)] = blockType;
        open = { index: Number(index), type: blockType, json: "", signed: false };
        return;
      }
      case "content_block_delta": {
        const delta = event.delta as Payload | undefined;
        const deltaType = String(delta?.type);
        if (!open && options.excerpt && blocks.length === 0 && BLOCK_FOR_DELTA[deltaType]) {
          open = { index: Number(event.index), type: BLOCK_FOR_DELTA[deltaType], json: "", signed: false };
          blocks[open.index] = open.type;
        }
        if (!open || open.index !== event.index)
          return fail(i, `delta for block ${String(event.index)}, which is not open`);
        const allowed = DELTAS_BY_BLOCK[open.type];
        if (allowed && !allowed.includes(deltaType)) return fail(i, `${deltaType} in a ${open.type} block`);
        if (open.signed) fail(i, `${deltaType} after signature_delta`);
        const field = {
          text_delta: "text",
          thinking_delta: "thinking",
          input_json_delta: "partial_json",
          signature_delta: "signature",
        }[deltaType];
        if (field && typeof delta?.[field] !== "string") fail(i, `${deltaType} without a string ${field}`);
        if (deltaType === "input_json_delta") open.json += String(delta?.partial_json ?? "");
        if (deltaType === "signature_delta") open.signed = true;
        return;
      }
      case "content_block_stop": {
        if (!open || open.index !== event.index)
          return fail(i, `content_block_stop for block ${String(event.index)}, which is not open`);
        if ((open.type === "tool_use" || open.type === "server_tool_use") && open.json !== "") {
          try {
            const input = JSON.parse(open.json);
            if (typeof input !== "object" || input === null || Array.isArray(input))
              fail(i, "tool input is not a JSON object");
          } catch {
            fail(i, `tool input is not valid JSON: ${open.json.slice(0, 80)}`);
          }
        }
        if (open.type === "thinking" && !open.signed && !options.excerpt)
          fail(i, "thinking block stopped without signature_delta");
        open = null;
        return;
      }
      case "message_delta": {
        if (phase !== "blocks") return fail(i, "second message_delta");
        const delta = event.delta as Payload | undefined;
        stopReason = delta?.stop_reason;
        if (!STOP_REASONS.has(String(stopReason))) fail(i, `unknown stop_reason ${String(stopReason)}`);
        if (stopReason === "stop_sequence" && typeof delta?.stop_sequence !== "string")
          fail(i, "stop_sequence reason without the sequence");
        // Only max_tokens may leave a block open (inside a tool input, the API sends no content_block_stop).
        if (open && stopReason !== "max_tokens") fail(i, `message_delta while block ${open.index} is open`);
        const usage = event.usage as Payload | undefined;
        if (typeof usage?.output_tokens !== "number") fail(i, "message_delta without usage.output_tokens");
        else if (usage.output_tokens < startOutputTokens)
          fail(i, "output_tokens went down: message_delta usage must be cumulative");
        phase = "delta";
        return;
      }
      case "message_stop":
        if (phase !== "delta") fail(i, "message_stop before message_delta");
        phase = "stopped";
        return;
      default:
        return; // unknown events are allowed, as the SDK ignores them
    }
  });
  const last = phase as Phase;
  const ending = last === "stopped" ? "message_stop" : last === "errored" ? "error" : "truncated";
  return { violations, ending, blocks };
}

/** Parses raw SSE text (with or without `event:` lines) into grammar events. */
export function parseSseText(text: string): GrammarEvent[] {
  const events: GrammarEvent[] = [];
  const parser = createParser({
    onEvent(message) {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        data = undefined;
      }
      events.push({ name: message.event, data });
    },
  });
  parser.feed(text.endsWith("\n\n") ? text : `${text}\n\n`);
  return events;
}
