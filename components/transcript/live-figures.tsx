"use client";

import type { RunState } from "@/lib/store/run-slice";
import { formatNumber } from "@/lib/format/number";

/** Time to first token, output tokens so far and tokens per second, updated with each frame's snapshot. */
export function LiveFigures({ run }: { run: RunState }) {
  const live = run.live;
  const ttft = run.firstTokenMs;
  const end = run.status === "streaming" ? live?.elapsedMs : (run.totalMs ?? live?.elapsedMs);
  const streamingMs = ttft !== undefined && end !== undefined ? end - ttft : undefined;
  const tokens = live?.outputTokens;
  const rate = tokens !== undefined && streamingMs && streamingMs > 0 ? (tokens / streamingMs) * 1000 : undefined;
  return (
    <dl aria-label="Live figures" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      <Figure label="Time to first token" value={ttft === undefined ? "—" : `${formatNumber(ttft, 0)} ms`} />
      <Figure
        label="Output tokens"
        value={tokens === undefined ? "—" : `${live?.estimated ? "≈" : ""}${formatNumber(tokens, 0)}`}
      />
      <Figure label="Tokens per second" value={rate === undefined ? "—" : formatNumber(rate, 1)} />
    </dl>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt>{label}</dt>
      <dd className="font-mono tabular-nums text-slate-700 dark:text-slate-300">{value}</dd>
    </div>
  );
}
