// Turning a run's reply back into the request: add it to the messages, answer its tool calls, or cut the
// conversation at a turn to edit it. Built from the request exactly as the run sent it, so thinking blocks
// and their signatures go back unmodified, as the API requires.
import type { RequestBody } from "@/lib/messages/types";
import { toMessage, type LiveMessage } from "@/lib/stream/accumulate";
import type { RunState } from "./run-slice";

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

function sentMessages(run: RunState): Turn[] {
  return ((run.request?.messages ?? []) as Turn[]).slice();
}

/** Current request (its parameters as now edited) with the conversation replaced. */
function withMessages(current: RequestBody, messages: Turn[]): RequestBody {
  return { ...current, messages };
}

/** The conversation continued by the reply, with an empty user turn to write next. */
export function appendReply(current: RequestBody, run: RunState): RequestBody {
  if (!run.message) return current;
  return withMessages(current, [...sentMessages(run), assistantTurn(run.message), { role: "user", content: "" }]);
}

/** The conversation continued by the reply and a user turn of tool results, ready to run. */
export function appendToolResults(current: RequestBody, run: RunState, results: ToolResultInput[]): RequestBody {
  if (!run.message) return current;
  const content = results.map((r) => ({
    type: "tool_result",
    tool_use_id: r.toolUseId,
    content: r.content,
    ...(r.isError ? { is_error: true } : {}),
  }));
  return withMessages(current, [...sentMessages(run), assistantTurn(run.message), { role: "user", content }]);
}

/** The conversation as sent, cut after turn `index` (0-based), to edit that turn and run again from it. */
export function truncateAt(current: RequestBody, run: RunState, index: number): RequestBody {
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
