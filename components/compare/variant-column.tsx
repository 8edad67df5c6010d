"use client";

import { useState } from "react";
import { type BatchCall, cellKey } from "@/lib/store/batch-slice";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { type Variant, variantLabel } from "@/lib/store/variants";
import { formatTokens } from "@/lib/usage/format";
import { RunView } from "../transcript/run-view";
import { useStickToEnd } from "../transcript/use-stick-to-end";
import { CallFiguresLine } from "./call-figures-line";
import { RepeatSummary } from "./repeat-summary";
import { useCallRun } from "./use-call-run";

const NO_CALLS: BatchCall[] = [];

/** What sets a variant apart at a glance: its model and the parameters people vary most. */
function summary(request: Variant["request"]): string {
  const parts = [request.model];
  if (typeof request.temperature === "number") parts.push(`temperature ${request.temperature}`);
  const thinking = (request.thinking as { type?: string } | undefined)?.type;
  if (thinking && thinking !== "disabled") parts.push(`thinking ${thinking}`);
  const effort = (request.output_config as { effort?: string } | undefined)?.effort;
  if (effort) parts.push(`effort ${effort}`);
  parts.push(`max ${formatTokens(request.max_tokens)}`);
  return parts.join(" · ");
}

/** One variant's column: its latest run streaming in, with its figures; with repeats, their summary and a choice of
 * which repeat to read. */
export function VariantColumn({ variant, index }: { variant: Variant; index: number }) {
  const selected = usePlaygroundStore((s) => s.selectedVariant === index);
  const latestRun = usePlaygroundStore((s) => {
    const id = s.latestRunOf[variant.id];
    return id ? s.runs[id] : undefined;
  });
  const batch = usePlaygroundStore((s) => s.batch);
  const inBatch = batch && !batch.testCases ? batch.variants.findIndex((v) => v.id === variant.id) : -1;
  const calls = (inBatch >= 0 && batch?.cells[cellKey(0, inBatch)]) || NO_CALLS;
  // The repeat picked to read, for the batch it was picked in (a new run shows its latest again).
  const [picks, setPicks] = useState<{ batch: string; repeat: number } | null>(null);
  const shown = picks && picks.batch === batch?.id ? picks.repeat : null;
  const lastWithRun = calls.findLastIndex((c) => c.runId);
  const picked = calls[shown ?? lastWithRun];
  const callRun = useCallRun(batch, inBatch, 0, inBatch >= 0 ? picked : undefined);
  const run = shown === null ? (latestRun ?? callRun) : callRun;
  const { scroller, content } = useStickToEnd<HTMLDivElement, HTMLDivElement>();
  const label = variantLabel(variant, index);
  return (
    <section
      aria-label={`Variant ${index + 1}`}
      aria-busy={run?.status === "streaming"}
      className={`panel flex min-w-0 flex-col lg:min-h-0 ${selected ? "ring-2 ring-indigo-500/60" : ""}`}
    >
      <div className="panel-title flex items-baseline gap-2">
        <h3 className="truncate" title={label}>
          {variant.name.trim() ? (
            <>
              <span className="font-normal text-muted">{index + 1} · </span>
              {label}
            </>
          ) : (
            label
          )}
        </h3>
        {!selected && (
          <button
            type="button"
            className="btn-link ml-auto shrink-0"
            aria-label={`Edit variant ${index + 1}`}
            onClick={() => usePlaygroundStore.getState().selectVariant(index)}
          >
            Edit
          </button>
        )}
      </div>
      <p className="truncate border-b border-slate-100 px-3 py-1 font-mono text-[11px] text-muted dark:border-slate-800">
        {summary(variant.request)}
      </p>
      {calls.length > 1 && (
        <div className="space-y-1.5 border-b border-slate-100 px-3 py-2 dark:border-slate-800">
          <RepeatSummary calls={calls} compact />
          <div role="group" aria-label="Repeat to show" className="flex flex-wrap gap-1">
            {calls.map((call, repeat) => (
              <button
                // biome-ignore lint/suspicious/noArrayIndexKey: a repeat is its position
                key={repeat}
                type="button"
                aria-pressed={(shown ?? lastWithRun) === repeat}
                aria-label={`Show repeat ${repeat + 1}`}
                disabled={!call.runId}
                onClick={() => batch && setPicks({ batch: batch.id, repeat })}
                className="btn-small min-w-6"
              >
                {repeat + 1}
              </button>
            ))}
          </div>
        </div>
      )}
      <div
        ref={scroller}
        className="max-h-[70vh] min-h-32 flex-1 overflow-y-auto [contain:content] [overflow-anchor:none] lg:max-h-none"
      >
        <div ref={content} className="space-y-3 p-3 text-sm leading-relaxed">
          {run ? <RunView run={run} /> : <p className="text-muted">Not run yet: Run runs every variant at once.</p>}
        </div>
      </div>
      {run && (
        <div className="border-t border-slate-100 px-3 py-1.5 dark:border-slate-800">
          <CallFiguresLine run={run} />
        </div>
      )}
    </section>
  );
}
