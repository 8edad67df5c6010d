"use client";

import { useCallback, useState } from "react";
import { columnCalls, figures, resultsCsv, resultsJson } from "@/lib/compare/results";
import { type Batch, type BatchCall, cellKey } from "@/lib/store/batch-slice";
import type { PlaygroundState } from "@/lib/store/playground-store";
import type { LiveMessage } from "@/lib/stream/accumulate";
import { variantLabel } from "@/lib/store/variants";
import { downloadText, stamp } from "../usage/download";
import { CellsDiff } from "./cells-diff";
import { ResultDialog } from "./result-dialog";
import { FIRST_COLUMN, ResultRow } from "./result-row";
import { Totals } from "./result-totals";
import { useBatchSample } from "./use-batch-sample";

const NO_CALLS: never[] = [];

/** The results of a run with test cases: a row per case, a column per variant, each cell streaming its reply
 * (shortened) and figures and opening the whole transcript; totals per row and per column; CSV and JSON. */
export function ResultsGrid({ batch }: { batch: Batch }) {
  // The runs streaming into the cells, read with the batch at the same ticks.
  const runs = useBatchSample(selectRuns);
  const [open, setOpen] = useState<{ row: number; variant: number } | null>(null);
  const openCell = useCallback((row: number, variant: number) => setOpen({ row, variant }), []);
  // Two cells ticked, to Diff (the newest tick replaces the older of two).
  const [ticked, setTicked] = useState<string[]>([]);
  const [diffing, setDiffing] = useState(false);
  const tick = useCallback(
    (key: string, on: boolean) =>
      setTicked((keys) => (on ? [...keys.filter((k) => k !== key), key].slice(-2) : keys.filter((k) => k !== key))),
    [],
  );
  const cases = batch.testCases ?? [];
  const exportAs = (kind: "csv" | "json") =>
    kind === "csv"
      ? downloadText(`results-run-${batch.number}-${stamp()}.csv`, resultsCsv(batch), "text/csv;charset=utf-8")
      : downloadText(`results-run-${batch.number}-${stamp()}.json`, resultsJson(batch), "application/json");
  return (
    // A layer of its own: the grid changes ten times a second while it fills, and in the page's layer each change
    // painted the whole page again (bench:compare).
    <section aria-label="Results" className="panel flex min-w-0 flex-col will-change-transform lg:min-h-0">
      <div className="panel-title flex flex-wrap items-center gap-2">
        <h2>Results</h2>
        <span className="text-xs font-normal text-muted">
          Run {batch.number}: {cases.length} test case{cases.length === 1 ? "" : "s"} × {batch.variants.length} variant
          {batch.variants.length === 1 ? "" : "s"}
          {batch.repeats > 1 ? ` × ${batch.repeats} repeats` : ""}
        </span>
        <div className="ml-auto flex flex-wrap items-center gap-1.5">
          <span id={`${batch.id}-diff-hint`} className="text-xs font-normal text-muted">
            {ticked.length === 2 ? "Diff compares the two ticked cells" : "Tick two cells to Diff them"}
          </span>
          <button
            type="button"
            className="btn-small"
            disabled={ticked.length !== 2}
            aria-describedby={`${batch.id}-diff-hint`}
            onClick={() => setDiffing(true)}
          >
            Diff
          </button>
          <button type="button" className="btn-small" onClick={() => exportAs("csv")}>
            Export CSV
          </button>
          <button type="button" className="btn-small" onClick={() => exportAs("json")}>
            Export JSON
          </button>
        </div>
      </div>
      {/* At most three quarters of the window high on a wide screen, as the variants' columns: its header stays on top,
          the test cases at the left, and its horizontal scroll bar in view, where a grid as tall as its rows put that bar
          below the last row, a screen or more down. The scroll padding keeps a cell brought into view (by the keyboard)
          out from under them. */}
      <div className="min-h-0 flex-1 scroll-pt-12 scroll-pl-32 overflow-auto lg:max-h-[75vh]">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">
            A row per test case, a column per variant; each cell opens its transcript. Totals in the last row and
            column.
          </caption>
          <thead className="sticky top-0 z-10 bg-white text-xs dark:bg-slate-900">
            <tr>
              <th scope="col" className={`${FIRST_COLUMN} min-w-32 px-2 py-1.5 text-left font-medium text-muted`}>
                Test case
              </th>
              {batch.variants.map((variant, index) => (
                <th key={variant.id} scope="col" className="min-w-56 px-2 py-1.5 text-left font-semibold">
                  {variantLabel(variant, index)}
                  <span className="block font-mono text-[11px] font-normal text-muted">{variant.request.model}</span>
                </th>
              ))}
              <th scope="col" className="min-w-28 px-2 py-1.5 text-left font-medium text-muted">
                Row total
              </th>
            </tr>
          </thead>
          <tbody>
            {cases.map((testCase, row) => (
              <ResultRow
                key={testCase.id}
                testCase={testCase}
                row={row}
                variants={batch.variants}
                cells={batch.variants.map((_, index) => batch.cells[cellKey(row, index)] ?? NO_CALLS)}
                live={batch.variants.map((_, index) => liveMessage(runs, batch.cells[cellKey(row, index)]))}
                ticked={ticked.filter((key) => key.startsWith(`${row}:`))}
                onOpen={openCell}
                onTick={tick}
              />
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-200 dark:border-slate-700">
            <tr className="align-top">
              <th scope="row" className={`${FIRST_COLUMN} px-2 py-2 text-left text-xs font-semibold`}>
                Column total
              </th>
              {batch.variants.map((variant, index) => (
                <td key={variant.id} className="px-2 py-2">
                  <Totals sum={figures(columnCalls(batch, index))} />
                </td>
              ))}
              <td className="px-2 py-2">
                <Totals sum={figures(Object.values(batch.cells).flat())} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {open && <ResultDialog batch={batch} row={open.row} variant={open.variant} onClose={() => setOpen(null)} />}
      {diffing && ticked.length === 2 && (
        <CellsDiff batch={batch} cells={ticked as [string, string]} onClose={() => setDiffing(false)} />
      )}
    </section>
  );
}

const selectRuns = (s: PlaygroundState) => s.runs;
const selectGridBatch = (s: PlaygroundState) => (s.batch?.testCases ? s.batch : null);

/** What a cell's first call has streamed so far, while it streams. */
function liveMessage(runs: PlaygroundState["runs"], calls: readonly BatchCall[] | undefined): LiveMessage | undefined {
  const first = calls?.[0];
  return first?.runId && first.status === "streaming" ? runs[first.runId]?.message : undefined;
}

/** The latest batch, when it ran test cases, as its views sample it. */
export function useGridBatch(): Batch | null {
  return useBatchSample(selectGridBatch);
}
