"use client";

import type { RunState } from "@/lib/store/run-slice";
import { formatCost, formatMs, formatTokens } from "@/lib/usage/format";
import { callCost, tokenCounts } from "@/lib/usage/pricing";
import { approx, runUsage } from "@/lib/usage/run-usage";
import { useModelLookup } from "../hooks/use-model-lookup";

/** One run's usage on a line: input and output tokens, cost, time (live while it streams). */
export function CallFiguresLine({ run }: { run: RunState }) {
  const models = useModelLookup();
  const billed = runUsage(run);
  const tokens = billed ? tokenCounts(billed.usage) : undefined;
  const cost = billed ? callCost(billed.usage, models.prices(run.request.model)) : undefined;
  const estimated = billed?.outputEstimated;
  const input = tokens ? tokens.input + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead : undefined;
  const time = run.status === "streaming" ? run.live?.elapsedMs : run.totalMs;
  return (
    <dl aria-label="Usage of this call" className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted">
      <Figure label="In" value={formatTokens(input)} />
      <Figure label="Out" value={tokens ? approx(estimated, formatTokens(tokens.output)) : "—"} />
      <Figure label="Cost" value={cost ? approx(estimated && cost.known, formatCost(cost)) : "—"} />
      <Figure label="Time" value={formatMs(time)} />
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
