"use client";

import { cellStats } from "@/lib/compare/results";
import type { BatchCall } from "@/lib/store/batch-slice";
import { formatMs, formatTokens, formatUsd } from "@/lib/usage/format";

/** A cell's repeats in figures: how many ended, how many distinct replies, the latency's spread, the token and cost
 * sums, and how often each tool was called. Compact in a grid's cell: the labels are short, their meaning is said to a
 * screen reader and in a tooltip. */
export function RepeatSummary({ calls, compact }: { calls: readonly BatchCall[]; compact?: boolean }) {
  const stats = cellStats(calls);
  const tools = Object.entries(stats.tools);
  const items: [short: string, long: string, value: string][] = [
    ["Repeats", "Repeats ended", `${stats.calls} of ${calls.length}${stats.errors ? `, ${stats.errors} failed` : ""}`],
    ["Distinct", "Distinct replies", String(stats.distinct)],
  ];
  if (stats.latency)
    items.push([
      "Time",
      "Time min / median / max",
      `${formatMs(stats.latency.min)} / ${formatMs(stats.latency.median)} / ${formatMs(stats.latency.max)}`,
    ]);
  items.push(
    ["Tokens", "Tokens in / out", `${formatTokens(stats.inputTokens)} / ${formatTokens(stats.outputTokens)}`],
    ["Cost", "Cost of the repeats", `${stats.unknownCost ? "≥ " : ""}${formatUsd(stats.costUsd)}`],
  );
  if (tools.length) items.push(["Tools", "Tool calls", tools.map(([name, count]) => `${name} ×${count}`).join(", ")]);
  return (
    <dl
      aria-label="Repeats"
      className={`grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5 text-xs ${compact ? "" : "rounded-md bg-slate-50 px-2 py-1.5 dark:bg-slate-800/60"}`}
    >
      {items.map(([short, long, value]) => (
        <div key={long} className="contents" title={long}>
          <dt className="text-muted">
            {compact ? (
              <>
                <span aria-hidden>{short}</span>
                <span className="sr-only">{long}</span>
              </>
            ) : (
              long
            )}
          </dt>
          <dd className="font-mono tabular-nums break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
