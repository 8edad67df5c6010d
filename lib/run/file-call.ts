// A finished call into history: listed at once, stored in the background. It is the last call the cache readout
// compares the edited request with (unless it was a call of a batch about another variant than the one edited). A
// storage failure keeps it listed for the page's life and says why.
import { recordFromCall, type FinishedCall } from "@/lib/history/from-run";
import { saveCalls } from "@/lib/history/history-client";
import type { CallRecord } from "@/lib/history/record";
import { usePlaygroundStore } from "@/lib/store/playground-store";

// Calls that ended since the browser was last idle: recorded and stored together. The history's list takes a call at
// once, but the calls of a batch that is still running at most every few seconds, and the rest when it ends: a batch
// of many calls redrew the whole history (its chart and table) per call, which was most of what the page did while a
// grid filled (bench:compare); the grid shows the batch as it runs.
let pending: FinishedCall[] = [];
let unlisted: CallRecord["summary"][] = [];
let listedAt = -Infinity;
let listing: ReturnType<typeof setTimeout> | undefined;
const LIST_EVERY_MS = 5000;

export function fileCall(call: FinishedCall, { last = true }: { last?: boolean } = {}): void {
  if (last) usePlaygroundStore.getState().setLastRequest({ id: call.id, request: call.request });
  pending.push(call);
  // Recording maps every event of the call (32K for a long reply): it waits until the browser is idle, so the
  // transcript's final render comes first.
  if (pending.length === 1) whenIdle(filePending);
}

function filePending(): void {
  const records = pending.map(recordFromCall);
  pending = [];
  unlisted.push(...records.map((r) => r.summary));
  const wait = listedAt + LIST_EVERY_MS - performance.now();
  if (wait <= 0 || records.some((r) => !r.summary.tags)) list();
  else listing ??= setTimeout(list, wait);
  save(records);
}

/** A batch ended: what it filed is listed once the browser is idle (after the batch's own last render), and what it
 * files from now on (its last calls) at once. */
export function listBatchCalls(): void {
  listedAt = -Infinity;
  whenIdle(list);
}

function list(): void {
  clearTimeout(listing);
  listing = undefined;
  listedAt = performance.now();
  const calls = unlisted;
  unlisted = [];
  if (calls.length) usePlaygroundStore.getState().addHistoryCalls(calls, []);
}

function save(records: CallRecord[]): void {
  const store = usePlaygroundStore;
  saveCalls(records)
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

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}
