// The one rule a new page needs before the validator has loaded (lib/run/request-issues.ts): a message not written yet.
import { invalid, type ValidationIssue } from "./types";

export function isEmpty(content: unknown): boolean {
  if (typeof content === "string") return content.length === 0;
  return Array.isArray(content) && content.length === 0;
}

/** The first message left empty (other than a final assistant turn, the prefill), which the API refuses. */
export function emptyMessageIssue(request: { messages: readonly unknown[] }): ValidationIssue | undefined {
  const last = request.messages.length - 1;
  for (let i = 0; i <= last; i++) {
    const message = request.messages[i] as { role?: unknown; content?: unknown } | null;
    const finalAssistant = i === last && message?.role === "assistant";
    if (isEmpty(message?.content) && !finalAssistant) {
      return invalid(
        `messages.${i}.content`,
        `messages.${i}: all messages must have non-empty content except for the optional final assistant message`,
      );
    }
  }
  return undefined;
}
