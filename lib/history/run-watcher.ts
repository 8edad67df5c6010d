// Watches the store's runs and reports each call once when it starts and once when it ends, so
// history records every call without the run code knowing about history.
import type { RequestBody } from "@/lib/messages/types";
import type { RunState } from "@/lib/store/run-slice";

export interface WatchedState {
  runs: Record<string, RunState>;
  request: RequestBody;
}

export interface FinishedCall {
  run: RunState;
  /** The request as it was when the run started: the one that was sent. */
  request: RequestBody;
  startedAt: number;
}

export function createRunWatcher(onFinish: (call: FinishedCall) => void, now: () => number = Date.now) {
  const started = new Map<string, { request: RequestBody; startedAt: number }>();
  const finished = new Set<string>();
  return (state: WatchedState) => {
    for (const run of Object.values(state.runs)) {
      if (finished.has(run.id)) continue;
      let start = started.get(run.id);
      if (!start) {
        // A run is first seen in the same update that starts it, while `request` is what was sent.
        start = { request: state.request, startedAt: now() };
        started.set(run.id, start);
      }
      if (run.status === "streaming") continue;
      finished.add(run.id);
      started.delete(run.id);
      onFinish({ run, ...start });
    }
  };
}
