"use client";

import { useEffect, useState } from "react";
import type { PlaygroundState } from "@/lib/store/playground-store";
import { useBatchSample } from "./use-batch-sample";
import { formatUsd } from "@/lib/usage/format";

/** A batch's progress: calls done of all, the cost so far, and a wait for the upstream's retry-after while there is
 * one. Stays after the run, with how it ended. */
const selectBatch = (s: PlaygroundState) => s.batch;

export function RunsProgress() {
  const batch = useBatchSample(selectBatch);
  const waitSeconds = useCountdown(batch?.waitUntil);
  if (!batch) return null;
  const cost = `${batch.unknownCost ? "≥ " : ""}${formatUsd(batch.costUsd)}`;
  const state =
    batch.status === "running"
      ? waitSeconds !== undefined
        ? `waiting ${waitSeconds} s, as the upstream asked (retry-after)`
        : "running"
      : batch.status === "stopped"
        ? "stopped"
        : "done";
  const text = `Run ${batch.number}: ${batch.finished} of ${batch.total} calls · ${cost} so far · ${state}`;
  return (
    <div className="panel flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
      <progress
        aria-label="Runs"
        aria-valuetext={text}
        max={batch.total}
        value={batch.finished}
        className="h-2 min-w-32 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700 [&::-moz-progress-bar]:bg-indigo-600 [&::-webkit-progress-bar]:bg-slate-200 dark:[&::-webkit-progress-bar]:bg-slate-700 [&::-webkit-progress-value]:bg-indigo-600"
      />
      <p className="text-xs tabular-nums text-muted" data-testid="runs-figures">
        <span className="font-medium text-slate-700 dark:text-slate-200">
          {batch.finished} / {batch.total}
        </span>{" "}
        · {cost} so far · {state}
        {batch.unknownCost ? ` · ${batch.unknownCost} without a known price` : ""}
      </p>
    </div>
  );
}

/** Whole seconds left until `until` (epoch ms), ticking; undefined when there is no wait. */
function useCountdown(until: number | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [until]);
  return until && until > now ? Math.ceil((until - now) / 1000) : undefined;
}
