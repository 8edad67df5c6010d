"use client";

import { truncateAt } from "@/lib/store/conversation-actions";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunState } from "@/lib/store/run-slice";
import { applyRequest, selectVariantOf, sentWithVariables } from "./apply-request";

type Turn = { role: string; content: unknown };

function preview(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((b: { type?: string; text?: string; thinking?: string; name?: string; content?: unknown }) => {
      if (b.type === "text") return b.text ?? "";
      if (b.type === "tool_use") return `[tool call ${b.name}]`;
      if (b.type === "tool_result") return `[tool result] ${typeof b.content === "string" ? b.content : ""}`;
      return `[${b.type}]`;
    })
    .join(" ");
}

/** The turns this run sent; any turn can be loaded back into the request to edit it and run again from there. */
export function SentConversation({ run }: { run: RunState }) {
  const turns = (run.request?.messages ?? []) as Turn[];
  if (turns.length === 0) return null;
  const edit = (index: number) => {
    selectVariantOf(run);
    applyRequest(truncateAt(usePlaygroundStore.getState().request, sentWithVariables(run), index), index + 1);
  };
  return (
    <details className="rounded-md border border-slate-200 text-xs dark:border-slate-800">
      <summary className="cursor-pointer px-2 py-1 text-muted">
        Conversation sent ({turns.length} {turns.length === 1 ? "message" : "messages"})
      </summary>
      <ol className="divide-y divide-slate-100 dark:divide-slate-800">
        {turns.map((turn, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list of the turns sent, in their order
          <li key={index} className="flex items-start gap-2 px-2 py-1">
            <span className="w-16 shrink-0 font-medium text-muted">{turn.role}</span>
            <span className="line-clamp-2 flex-1 whitespace-pre-wrap break-words">
              {preview(turn.content) || <em className="text-slate-400">empty</em>}
            </span>
            <button
              type="button"
              className="btn-small shrink-0"
              onClick={() => edit(index)}
              aria-label={`Edit message ${index + 1} and resend from there`}
              title="Load the conversation up to this turn into the request, to edit it and run again"
            >
              Edit & resend
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
