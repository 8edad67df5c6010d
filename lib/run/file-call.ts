// A finished call into history: listed at once, stored in the background. It is the last call the cache readout
// compares the edited request with. A storage failure keeps it listed for the page's life and says why.
import { recordFromCall, type FinishedCall } from "@/lib/history/from-run";
import { saveCall } from "@/lib/history/history-client";
import { usePlaygroundStore } from "@/lib/store/playground-store";

export function fileCall(call: FinishedCall): void {
  const store = usePlaygroundStore;
  store.getState().setLastRequest({ id: call.id, request: call.request });
  // Recording maps every event of the call (32K for a long reply): it waits until the browser is idle, so the
  // transcript's final render comes first.
  whenIdle(() => {
    const record = recordFromCall(call);
    store.getState().addHistoryCall(record.summary, []);
    saveCall(record)
      .then((pruned) => pruned.length && store.getState().addHistoryCall(record.summary, pruned))
      .catch((error: Error) =>
        store
          .getState()
          .setHistory(store.getState().history, "unavailable", `This call could not be stored (${error.message}).`),
      );
  });
}

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}
