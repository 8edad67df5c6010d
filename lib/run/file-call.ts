// A finished call into history: listed and stored once the browser is idle. It is the last call the cache readout
// compares the edited request with (unless it was a call of a batch about another variant than the one edited). A
// storage failure keeps it listed for the page's life and says why.
import { recordFromCall, type FinishedCall } from "@/lib/history/from-run";
import { saveCalls } from "@/lib/history/history-client";
import type { CallRecord } from "@/lib/history/record";
import { usePlaygroundStore } from "@/lib/store/playground-store";

// Calls that ended and are not filed yet: recorded, listed and stored together. A call alone is filed once the browser
// is idle; the calls of a batch that is still running at most every few seconds, and the rest when it ends. A batch of
// many calls redrew the whole history (its chart and table) per call, and recording and storing each one (a clone of
// its events into IndexedDB) took the main thread from the grid as it filled (bench:compare); the grid shows the batch
// as it runs, and on a real upstream's pace the batch's calls are filed every few seconds anyway.
const pending: FinishedCall[] = [];
let batchFiling: ReturnType<typeof setTimeout> | undefined;
const BATCH_FILE_EVERY_MS = 5000;

export function fileCall(call: FinishedCall, { last = true }: { last?: boolean } = {}): void {
  if (last) usePlaygroundStore.getState().setLastRequest({ id: call.id, request: call.request });
  pending.push(call);
  // Recording and storing wait until the browser is idle, so the transcript's final render comes first; storing a long
  // reply's text goes on in idle slices (history-client.ts).
  if (!call.tags?.batch) whenIdle(filePending);
  else
    batchFiling ??= setTimeout(() => {
      batchFiling = undefined;
      whenIdle(filePending);
    }, BATCH_FILE_EVERY_MS);
}

/** A batch ended: what it left unfiled is filed once the browser is idle (after the batch's own last render). */
export function fileBatchCalls(): void {
  clearTimeout(batchFiling);
  batchFiling = undefined;
  whenIdle(filePending);
}

/** Calls filed per idle callback at most: a batch's eighty calls filed at once (listed in the table, stored) were one
 * long task after the grid's last cell; a few at a time, the table renders only the rows each step adds. */
const FILED_PER_STEP = 16;
/** What an idle callback leaves of its idle period for the render of the rows it adds: another call is recorded only
 * while this much remains. A long reply's record decodes its stream's text (a megabyte for a few thousand tokens), and
 * the four of a comparison recorded in one callback were a long task just after the replies' final render. */
const KEPT_FOR_RENDER_MS = 25;

function filePending(deadline?: IdleDeadline): void {
  if (!pending.length) return;
  const records = [recordFromCall(pending.shift()!)];
  while (pending.length && records.length < FILED_PER_STEP && roomLeft(deadline))
    records.push(recordFromCall(pending.shift()!));
  if (pending.length) whenIdle(filePending);
  usePlaygroundStore.getState().addHistoryCalls(
    records.map((r) => r.summary),
    [],
  );
  save(records);
}

function save(records: CallRecord[]): void {
  const store = usePlaygroundStore;
  saveCalls(records, idle)
    .then(
      (pruned) =>
        pruned.length &&
        store.getState().addHistoryCalls(
          records.map((r) => r.summary),
          pruned,
        ),
    )
    .catch((error: Error) =>
      store
        .getState()
        .setHistory(store.getState().history, "unavailable", `This call could not be stored (${error.message}).`),
    );
}

const idle = () => new Promise<void>((resolve) => whenIdle(() => resolve()));

/** Without idle callbacks (no deadline), a step files as many calls as it may. */
const roomLeft = (deadline: IdleDeadline | undefined) => !deadline || deadline.timeRemaining() > KEPT_FOR_RENDER_MS;

function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}
