"use client";

import type { LiveMessage } from "@/lib/stream/accumulate";

/**
 * What a stop reason means for the reader, where the word alone does not say it
 * (https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons). A reason this page does not know
 * is shown as the word only.
 */
const MEANING: Record<string, string> = {
  max_tokens: "The reply reached max_tokens: raise it to let the model finish.",
  refusal: "The model declined to go on with this request. What came before the refusal is kept above.",
  model_context_window_exceeded:
    "The reply stopped because the prompt and the reply filled the model's context window: shorten the conversation, or pick a model with a larger window.",
  pause_turn:
    "The API paused a long-running turn (server tools): send the reply back as it is to let the model continue.",
};

const CATEGORY: Record<string, string> = {
  cyber: "cyber harm",
  bio: "biological harm",
  frontier_llm: "frontier AI development",
  reasoning_extraction: "reasoning extraction",
  general_harms: "general harms",
};

/** `maxTokens`: the run's own request's, which says whether max_tokens 0 asked for no reply at all. */
export function StopReasonNote({ message, maxTokens }: { message: LiveMessage; maxTokens?: unknown }) {
  const reason = message.stop_reason;
  const meaning =
    reason === "max_tokens" && maxTokens === 0
      ? "max_tokens 0 asks for no reply: the call only writes the prompt cache (pre-warming)."
      : reason
        ? MEANING[reason]
        : undefined;
  const details = message.stop_details;
  if (!meaning) return null;
  // A reply the model cut short for its own reasons stands out; the others are notes.
  const warning = reason === "refusal" || reason === "model_context_window_exceeded";
  return (
    <div
      className={
        warning
          ? "space-y-0.5 rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
          : "text-xs text-muted"
      }
      data-testid="stop-reason-note"
    >
      <p>{meaning}</p>
      {reason === "refusal" && details && (
        <p data-testid="refusal-details">
          Category:{" "}
          <span className="font-medium">
            {details.category ? (CATEGORY[details.category] ?? details.category) : "none given"}
          </span>
          {details.category ? <span className="font-mono"> ({details.category})</span> : null}
          {details.explanation ? ` · ${details.explanation}` : ""}
        </p>
      )}
    </div>
  );
}
