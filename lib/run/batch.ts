// A batch: every call of one Run with several variants, test cases or repeats. At most `concurrency` calls are in
// flight; a call refused with 429 or 529 before anything streamed waits as the upstream asks (`retry-after`, else a
// doubling backoff) and is sent again, while the run goes on (call-pool.ts, run in the stream worker: a call that
// ends starts the next at once, whatever the page is drawing). Each attempt is a run of its own (the store streams it,
// history files it, tagged with its batch, variant, test case, repeat and attempt); the results keep a small summary
// of each call, with its cost, and the batch's progress. Stop cancels what is queued and what is in flight.
import type { CallTags } from "@/lib/history/record";
import { modelLookup } from "@/lib/models/lookup";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { type BatchCall, batchCallChanged, FINISHED } from "@/lib/store/batch-slice";
import { toMessage } from "@/lib/stream/accumulate";
import type { CallOutcome } from "@/lib/stream/run-call";
import { callCost } from "@/lib/usage/pricing";
import { runUsage } from "@/lib/usage/run-usage";
import { beginRun, callHeaders } from "./call";
import { runPooledCalls } from "./call-in-worker";
import { fileBatchCalls } from "./file-call";
import type { PlannedCall, RunPlan } from "./run-plan";

let current: { id: string; abort: AbortController } | null = null;

export const batchRunning = (): boolean => current !== null;

/** Cancels the batch's queued calls and aborts those in flight. */
export function stopBatch(): void {
  current?.abort.abort();
}

/** The summary a cell keeps of a call that ended. */
function summary(outcome: CallOutcome, call: PlannedCall): Partial<BatchCall> {
  const billed = runUsage(outcome);
  const cost = billed ? callCost(billed.usage, pricesFor(call)) : undefined;
  return {
    status: outcome.status,
    message: outcome.message ? toMessage(outcome.message) : undefined,
    error: outcome.error,
    httpStatus: outcome.httpStatus,
    usage: billed?.usage,
    outputEstimated: billed?.outputEstimated || undefined,
    // Nothing came back, nothing is billed.
    costUsd: cost === undefined ? 0 : cost.known ? cost.usd : null,
    firstTokenMs: outcome.firstTokenMs,
    totalMs: outcome.totalMs,
    waitUntil: undefined,
  };
}

const pricesFor = (call: PlannedCall) => modelLookup(usePlaygroundStore.getState().profile).prices(call.request.model);

/** Runs every call of the plan; resolves with the batch's id once all have ended or Stop has cancelled them. */
export async function runBatch(
  plan: RunPlan,
  { concurrency, selectedVariantId }: { concurrency: number; selectedVariantId: string },
): Promise<string> {
  const id = crypto.randomUUID();
  const abort = new AbortController();
  current = { id, abort };
  const store = () => usePlaygroundStore.getState();
  const cells: Record<string, BatchCall[]> = {};
  for (const call of plan.calls) (cells[call.key] ??= []).push({ status: "queued", attempts: 0 });
  store().startBatch({
    id,
    startedAt: Date.now(),
    status: "running",
    variants: plan.variants,
    testCases: plan.testCases.length ? plan.testCases : null,
    values: plan.variableValues,
    repeats: plan.repeats,
    cells,
    total: plan.calls.length,
    finished: 0,
    costUsd: 0,
    unknownCost: 0,
  });
  const batchNumber = store().batch?.number ?? 0;
  const cellChanged = (call: PlannedCall, changes: Partial<BatchCall>) =>
    batchCallChanged(id, call.key, call.repeat, changes);
  const update = (call: PlannedCall, changes: Partial<BatchCall>) =>
    store().updateBatchCall(id, call.key, call.repeat, changes);
  const tagsOf = (call: PlannedCall, attempt: number): CallTags => {
    const variant = plan.variants[call.variant];
    return {
      batch: id,
      batchNumber,
      variant: call.variant + 1,
      ...(variant.name.trim() ? { variantName: variant.name.trim() } : {}),
      ...(plan.testCases.length ? { testCase: call.testCase + 1 } : {}),
      ...(plan.repeats > 1 ? { repeat: call.repeat + 1 } : {}),
      ...(attempt > 1 ? { attempt } : {}),
    };
  };

  try {
    await runPooledCalls(
      plan.calls.map((call) => ({
        body: call.request,
        headers: callHeaders(call.betas),
        // A results grid shows its cells as plain text: their Markdown is converted when one is opened.
        markdown: plan.testCases.length === 0,
      })),
      { concurrency, signal: abort.signal },
      {
        started: (index, attempt, callAbort) => {
          const call = plan.calls[index];
          // The run and its cell change in one update of the store, as it starts and as it ends.
          const run = beginRun(
            {
              request: call.request,
              betas: [...call.betas],
              variantId: call.variantId,
              ...(call.request === call.template ? {} : { template: call.template }),
              tags: tagsOf(call, attempt),
            },
            callAbort,
            {
              // The transcript and the usage figures follow the selected variant's first call.
              activate: call.variantId === selectedVariantId && call.testCase === 0 && call.repeat === 0,
              alongside: (runId) =>
                cellChanged(call, { status: "streaming", runId, attempts: attempt, waitUntil: undefined }),
            },
          );
          return {
            onUpdate: run.update,
            ended: (outcome, retryInMs) =>
              run.end(
                outcome,
                cellChanged(
                  call,
                  retryInMs === undefined
                    ? summary(outcome, call)
                    : {
                        status: "waiting",
                        waitUntil: Date.now() + retryInMs,
                        httpStatus: outcome.httpStatus,
                        error: outcome.error,
                      },
                ),
              ),
          };
        },
        cancelled: (index) => update(plan.calls[index], { status: "stopped", waitUntil: undefined }),
        waiting: (until) => store().setBatchWait(id, until),
      },
    );
  } finally {
    current = null;
    // A call Stop caught between its start and its run's creation never ran: it is stopped too.
    const batch = store().batch;
    if (batch?.id === id)
      for (const [key, calls] of Object.entries(batch.cells))
        calls.forEach(
          (c, repeat) => !FINISHED.has(c.status) && store().updateBatchCall(id, key, repeat, { status: "stopped" }),
        );
    store().finishBatch(id, abort.signal.aborted ? "stopped" : "done");
    fileBatchCalls();
  }
  return id;
}
