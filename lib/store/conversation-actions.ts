// Turning a run's reply back into the request: add it to the messages, answer its tool calls, continue a paused
// turn, or cut the conversation at a turn to edit it. Built from the request exactly as the run sent it, so thinking
// blocks and their signatures go back unmodified, as the API requires. A reply to a request that ended with an
// assistant turn (a prefill, or a paused turn sent back) continues that turn: its blocks join it, as one turn.
import type { RequestBody } from "@/lib/messages/types";
import { toMessage, type LiveMessage } from "@/lib/stream/accumulate";
import type { RunState } from "./run-slice";

/** What the actions read of a run: the request it sent and the reply it got. */
type SentAndReply = Pick<RunState, "request" | "message">;

type Turn = { role: "user" | "assistant"; content: unknown };

export interface ToolResultInput {
  toolUseId: string;
  /** "json" content must parse; it is sent as the JSON text. */
  format: "json" | "text";
  content: string;
  isError: boolean;
}

/** The reply as an assistant turn: the blocks as the API returned them, live-only fields removed. */
export function assistantTurn(message: LiveMessage): Turn {
  return { role: "assistant", content: toMessage(message).content };
}

function sentMessages(run: SentAndReply): Turn[] {
  return (run.request.messages as Turn[]).slice();
}

const asBlocks = (content: unknown): unknown[] =>
  Array.isArray(content) ? content : typeof content === "string" && content ? [{ type: "text", text: content }] : [];

/** The conversation as sent, with the reply: a turn of its own, or the end of the assistant turn it continued. */
function withReply(run: SentAndReply, message: LiveMessage): Turn[] {
  const messages = sentMessages(run);
  const reply = assistantTurn(message);
  const last = messages.at(-1);
  if (last?.role !== "assistant") return [...messages, reply];
  return [
    ...messages.slice(0, -1),
    { role: "assistant", content: [...asBlocks(last.content), ...asBlocks(reply.content)] },
  ];
}

/** Current request (its parameters as now edited) with the conversation replaced. */
function withMessages(current: RequestBody, messages: Turn[]): RequestBody {
  return { ...current, messages };
}

/** The conversation continued by the reply, with an empty user turn to write next. */
export function appendReply(current: RequestBody, run: SentAndReply): RequestBody {
  if (!run.message) return current;
  return withMessages(current, [...withReply(run, run.message), { role: "user", content: "" }]);
}

/** A reply that stopped with pause_turn, sent back as the last assistant turn, as the API documents, so that the model
 * goes on with its turn (no user turn follows). */
export function continuePausedTurn(current: RequestBody, run: SentAndReply): RequestBody {
  if (!run.message) return current;
  return withMessages(current, withReply(run, run.message));
}

/** The conversation continued by the reply and a user turn of tool results, ready to run. */
export function appendToolResults(current: RequestBody, run: SentAndReply, results: ToolResultInput[]): RequestBody {
  if (!run.message) return current;
  const content = results.map((r) => ({
    type: "tool_result",
    tool_use_id: r.toolUseId,
    content: r.content,
    ...(r.isError ? { is_error: true } : {}),
  }));
  return withMessages(current, [...withReply(run, run.message), { role: "user", content }]);
}

/** The conversation as sent, cut after turn `index` (0-based), to edit that turn and run again from it. */
export function truncateAt(current: RequestBody, run: SentAndReply, index: number): RequestBody {
  return withMessages(current, sentMessages(run).slice(0, index + 1));
}

/** A problem with a tool result the user typed, or null when it can be sent. */
export function toolResultProblem(result: ToolResultInput): string | null {
  if (result.format !== "json") return null;
  try {
    JSON.parse(result.content);
    return null;
  } catch (error) {
    return `Not valid JSON: ${(error as Error).message}`;
  }
}
