"use client";

import { type PlaygroundState, usePlaygroundStore } from "@/lib/store/playground-store";
import { useRevealOnNewRun, useWarmPageWorkers } from "../transcript/use-reveal-on-new-run";
import { ResultsGrid, useGridBatch } from "./results-grid";
import { RunsProgress } from "./runs-progress";
import { VariantColumn } from "./variant-column";
import { VariantsDiff } from "./variants-diff";
import { useBatchSample } from "./use-batch-sample";

const selectBatchId = (s: PlaygroundState) => s.batch?.id;

/** What a comparison's Run shows: its progress, then the Results grid (with test cases) or a column per variant, side
 * by side on a wide screen and stacked on a narrow one. Run brings it into view where the panels stack. */
export function CompareOutputs() {
  const variants = usePlaygroundStore((s) => s.variants);
  const hasCases = usePlaygroundStore((s) => s.testCases.length > 0);
  // The batch as its views show it (sampled): the view is brought into view once the new run's progress is in it.
  const batchId = useBatchSample(selectBatchId);
  const grid = useGridBatch();
  const reveal = useRevealOnNewRun<HTMLDivElement>(batchId, { glide: false });
  useWarmPageWorkers();
  return (
    <div ref={reveal} className="flex min-w-0 flex-col gap-3 *:shrink-0">
      <RunsProgress />
      {hasCases ? (
        grid ? (
          <ResultsGrid batch={grid} />
        ) : (
          <section aria-label="Results" className="panel">
            <h2 className="panel-title">Results</h2>
            <p className="p-3 text-sm text-muted">Run fills this grid: every test case with every variant.</p>
          </section>
        )
      ) : (
        <>
          <VariantsDiff />
          <div className="flex flex-col gap-3 lg:flex-row lg:overflow-x-auto lg:pb-1">
            {variants.map((variant, index) => (
              <div
                key={variant.id}
                className="flex min-w-0 flex-col lg:max-h-[75vh] lg:min-w-[18rem] lg:flex-1 lg:basis-0"
              >
                <VariantColumn variant={variant} index={index} />
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
