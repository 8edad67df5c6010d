// A batch's results as a preset keeps them, and back: the calls' summaries, without the run ids' live state. Results
// saved while the run went on keep what had ended; a call that had not is stopped.
import type { SavedResults } from "@/lib/presets/saved-results";
import { type Batch, type BatchCall, FINISHED } from "./batch-slice";

export function savedFromBatch(batch: Batch): SavedResults {
  const cells = Object.fromEntries(
    Object.entries(batch.cells).map(([key, calls]) => [
      key,
      calls.map(({ waitUntil: _, ...call }) => (FINISHED.has(call.status) ? call : { ...call, status: "stopped" })),
    ]),
  );
  return {
    number: batch.number,
    startedAt: batch.startedAt,
    variants: batch.variants.map(({ id, name, request, betas }) => ({
      id,
      name,
      request,
      ...(betas.length ? { betas } : {}),
    })),
    testCases: batch.testCases,
    values: batch.values,
    repeats: batch.repeats,
    cells: cells as SavedResults["cells"],
  };
}

/** Saved results as a batch to show: done, with its progress and cost added up again from its calls. */
export function batchFromSaved(saved: SavedResults): Batch {
  const cells = saved.cells as unknown as Record<string, BatchCall[]>;
  const calls = Object.values(cells).flat();
  return {
    id: `saved-${crypto.randomUUID()}`,
    number: saved.number,
    startedAt: saved.startedAt,
    status: "done",
    variants: saved.variants.map((v) => ({ ...v, betas: v.betas ?? [] })),
    testCases: saved.testCases,
    values: saved.values,
    repeats: saved.repeats,
    cells,
    total: calls.length,
    finished: calls.filter((c) => FINISHED.has(c.status) && (c.status !== "stopped" || c.runId)).length,
    costUsd: calls.reduce((sum, c) => sum + (typeof c.costUsd === "number" ? c.costUsd : 0), 0),
    unknownCost: calls.filter((c) => c.costUsd === null).length,
  };
}
