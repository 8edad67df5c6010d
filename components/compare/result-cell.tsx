"use client";

import { memo } from "react";
import { replyText } from "@/lib/compare/results";
import { type BatchCall, cellKey, FINISHED } from "@/lib/store/batch-slice";
import type { LiveMessage } from "@/lib/stream/accumulate";
import { formatMs, formatTokens, formatUsd } from "@/lib/usage/format";
import { RepeatSummary } from "./repeat-summary";

/** How much of a reply a cell shows: a few lines' worth; the transcript has it whole. */
const SHORT = 240;

/** The first characters of a streaming reply's text, without joining all of it every frame. */
function shortText(message: LiveMessage | undefined): string {
  let text = "";
  for (const block of message?.content ?? []) {
    if (block.type === "text") text += block.text.slice(0, SHORT - text.length);
    else if (block.type === "tool_use") text += `${text ? "\n" : ""}${block.name}(…)`;
    if (text.length >= SHORT) break;
  }
  return text;
}

const STATUS_TEXT: Record<string, string> = {
  queued: "Queued",
  waiting: "Waiting (rate limit)",
  streaming: "Waiting for the first token…",
  stopped: "Stopped",
};

/** One cell of the results: its reply (shortened, streaming while it comes), tokens, cost and time; with repeats,
 * their summary. Opens the whole transcript. */
export const ResultCell = memo(function ResultCell({
  calls,
  live,
  row,
  variant,
  name,
  onOpen,
  ticked,
  onTick,
}: {
  calls: readonly BatchCall[];
  /** What its first call has streamed so far, while it streams. */
  live: LiveMessage | undefined;
  row: number;
  variant: number;
  name: string;
  onOpen: (row: number, variant: number) => void;
  ticked: boolean;
  onTick: (key: string, on: boolean) => void;
}) {
  const first = calls[0];
  if (!first) return null;
  const ended = FINISHED.has(first.status);
  const text = ended ? replyText(first.message).slice(0, SHORT) : shortText(live);
  const label = `Open test case ${row + 1}, ${name}`;
  // The reply and its figures have their room from the start (four lines, one line): a row keeps its height while its
  // replies stream in, so the rows below do not move, and only the cells that changed are drawn again.
  return (
    <div className="flex h-full flex-col gap-1 rounded-md border border-slate-200 p-2 dark:border-slate-700">
      {first.status === "error" ? (
        <p className="line-clamp-3 min-h-[4lh] text-xs text-red-700 dark:text-red-400">
          {first.error ? `${first.error.type}: ${first.error.message}` : "Error"}
        </p>
      ) : text ? (
        <p className="line-clamp-4 min-h-[4lh] text-xs whitespace-pre-wrap break-words">{text}</p>
      ) : (
        <p className="min-h-[4lh] text-xs text-muted">{STATUS_TEXT[first.status] ?? "No text"}</p>
      )}
      {calls.length > 1 ? (
        <RepeatSummary calls={calls} compact />
      ) : (
        <p className="min-h-[1lh] font-mono text-[11px] tabular-nums text-muted">
          {ended && (
            <>
              {formatTokens(first.usage?.output_tokens)} out ·{" "}
              {first.costUsd === null ? "cost unknown" : formatUsd(first.costUsd ?? 0)} · {formatMs(first.totalMs)}
            </>
          )}
        </p>
      )}
      <div className="mt-auto flex items-center gap-3">
        <button type="button" className="btn-link" aria-label={label} onClick={() => onOpen(row, variant)}>
          Open
        </button>
        <label className="flex items-center gap-1 text-xs text-muted">
          <input
            type="checkbox"
            checked={ticked}
            disabled={!ended}
            onChange={(e) => onTick(cellKey(row, variant), e.target.checked)}
            aria-label={`Select test case ${row + 1}, ${name} to diff`}
          />
          <span aria-hidden>Diff</span>
        </label>
      </div>
    </div>
  );
});
