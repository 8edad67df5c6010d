"use client";

import { useEffect, useState } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunState } from "@/lib/store/run-slice";
import { DASH, formatCost, formatMs, formatRate, formatTokens, outputTokensPerSecond } from "@/lib/usage/format";
import { callCost, serverToolCounts, tokenCounts, type TokenCounts } from "@/lib/usage/pricing";
import { approx, runUsage } from "@/lib/usage/run-usage";
import { useModelLookup } from "../hooks/use-model-lookup";
import { CostBreakdown, costHint, ServerToolFigures } from "./cost-breakdown";
import { Figure } from "./figure";
import { KEY_SOURCE_LABEL } from "./kinds";
import { useSampledRun } from "./use-sampled-run";

/** Time since the run was first seen streaming, ticking while it streams (the final figure comes from the run). */
function useElapsed(run: RunState | undefined): number | undefined {
  const [start, setStart] = useState<{ id: string; at: number } | null>(null);
  const [now, setNow] = useState(0);
  const streaming = run?.status === "streaming";
  const runId = run?.id;
  useEffect(() => {
    if (!streaming || !runId) return;
    const began = performance.now();
    setStart((s) => (s?.id === runId ? s : { id: runId, at: began }));
    setNow(began);
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [streaming, runId]);
  if (!run) return undefined;
  if (!streaming) return run.totalMs;
  return start?.id === run.id ? Math.max(0, now - start.at) : 0;
}

/** The figures of the latest call, live while it streams (ten times a second: useSampledRun). */
export function CallFigures() {
  const run = useSampledRun();
  const models = useModelLookup();
  const model = usePlaygroundStore((s) =>
    s.lastRequest && s.lastRequest.id === run?.id ? s.lastRequest.request.model : s.request.model,
  );
  const billed = run ? runUsage(run) : undefined;
  const usage = billed?.usage;
  const estimated = billed?.outputEstimated === true;
  const counts = usage ? tokenCounts(usage) : undefined;
  const rates = models.prices(model);
  const cost = usage ? callCost(usage, rates) : undefined;
  const writes = counts ? counts.cacheWrite5m + counts.cacheWrite1h : undefined;
  const writeHint = counts?.cacheWrite1h
    ? `${formatTokens(counts.cacheWrite5m)} for 5 minutes, ${formatTokens(counts.cacheWrite1h)} for 1 hour`
    : undefined;

  const modelLabel = models.find(model)?.label ?? model;
  return (
    <div aria-label="This call" role="group" className="space-y-4 @container">
      <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-1">
        <dl>
          <Figure
            label="Cost"
            value={cost ? approx(estimated && cost.known, formatCost(cost)) : DASH}
            hint={cost ? costHint(cost, rates) : undefined}
            large
          />
        </dl>
        <p className="text-right text-xs text-muted">
          {rates ? (
            <>
              at {modelLabel} prices{" "}
              <a
                href={rates.source.startsWith("https://") ? rates.source : undefined}
                className="underline decoration-dotted"
                target="_blank"
                rel="noreferrer"
              >
                {rates.source.startsWith("https://") ? new URL(rates.source).hostname : rates.source}
              </a>
              {rates.date ? `, ${rates.date}` : ""}
            </>
          ) : (
            <>no known price for {modelLabel}</>
          )}
        </p>
      </div>
      {cost && !cost.known && (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          Cost unknown: {cost.reason}. The token counts are exact.
        </p>
      )}
      {estimated && (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          The stream ended before the API reported its output tokens: output and cost are estimated from the text
          received.
        </p>
      )}
      {counts && <TokenBar counts={counts} />}
      {cost?.known && cost.usd > 0 && <CostBreakdown cost={cost} />}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 @md:grid-cols-4">
        <Figure label="Input tokens" value={formatTokens(counts?.input)} swatch="bg-indigo-500" large />
        <Figure label="Cache read" value={formatTokens(counts?.cacheRead)} swatch="bg-emerald-500" large />
        <Figure label="Cache write" value={formatTokens(writes)} hint={writeHint} swatch="bg-amber-500" large />
        <Figure
          label="Output tokens"
          value={approx(estimated, formatTokens(counts?.output))}
          swatch="bg-sky-500"
          large
        />
      </dl>
      {usage && <ServerToolFigures tools={serverToolCounts(usage)} cost={cost} />}
      <TimeFigures run={run} outputTokens={counts?.output} />
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 rounded-md bg-slate-50 p-2 @md:grid-cols-4 dark:bg-slate-800/50">
        <Figure label="Stop reason" value={run?.message?.stop_reason ?? (run?.error ? run.error.type : DASH)} />
        <Figure label="HTTP status" value={run?.httpStatus ? String(run.httpStatus) : DASH} />
        <Figure label="Attempts" value={run?.attempts ? String(run.attempts) : DASH} />
        <Figure label="Key" value={run?.keySource ? (KEY_SOURCE_LABEL[run.keySource] ?? run.keySource) : DASH} />
        <Figure label="Request ID" value={run?.requestId ?? DASH} wrap className="col-span-full" />
      </dl>
    </div>
  );
}

/** The call's timing, in a component of its own: its clock ticks while the reply streams, and each tick re-renders
 * these three figures rather than every figure of the call. */
function TimeFigures({ run, outputTokens }: { run: RunState | undefined; outputTokens: number | undefined }) {
  const elapsed = useElapsed(run);
  const speed = outputTokensPerSecond(
    outputTokens,
    run?.firstTokenMs,
    run?.status === "streaming" ? elapsed : run?.totalMs,
  );
  return (
    <dl className="grid grid-cols-3 gap-x-4 gap-y-3">
      <Figure label="First token" value={formatMs(run?.firstTokenMs)} />
      <Figure label="Total time" value={formatMs(elapsed)} />
      <Figure label="Output speed" value={formatRate(speed)} />
    </dl>
  );
}

/** The call's input and output as one bar, split by kind: where the tokens (and most of the money) went. */
function TokenBar({ counts }: { counts: TokenCounts }) {
  const parts = [
    { value: counts.input, className: "bg-indigo-500" },
    { value: counts.cacheRead, className: "bg-emerald-500" },
    { value: counts.cacheWrite5m + counts.cacheWrite1h, className: "bg-amber-500" },
    { value: counts.output, className: "bg-sky-500" },
  ];
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  if (!total) return null;
  return (
    <div aria-hidden className="flex h-2.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
      {parts.map((p, i) =>
        p.value ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of kinds, in a fixed order
          <div key={i} className={p.className} style={{ width: `${(p.value / total) * 100}%`, minWidth: 2 }} />
        ) : null,
      )}
    </div>
  );
}
