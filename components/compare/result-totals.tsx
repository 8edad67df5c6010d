"use client";

import type { Figures } from "@/lib/compare/results";
import { formatMs, formatTokens, formatUsd } from "@/lib/usage/format";

/** Calls, tokens, cost and the mean time of some calls: a row's, a column's, or all. */
export function Totals({ sum }: { sum: Figures }) {
  const cost = `${sum.unknownCost ? "≥ " : ""}${formatUsd(sum.costUsd)}`;
  return (
    <p className="space-y-0.5 font-mono text-[11px] whitespace-nowrap tabular-nums text-muted">
      <span className="block">
        {sum.calls} call{sum.calls === 1 ? "" : "s"}
        {sum.errors ? `, ${sum.errors} failed` : ""}
      </span>
      <span className="block">
        {formatTokens(sum.inputTokens)} in · {formatTokens(sum.outputTokens)} out
      </span>
      <span className="block">{cost}</span>
      <span className="block">{sum.calls ? `${formatMs(sum.totalMs / sum.calls)} mean` : "—"}</span>
    </p>
  );
}
