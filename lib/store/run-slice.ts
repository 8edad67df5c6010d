import type { StateCreator } from "zustand";
import type { RequestBody } from "@/lib/messages/types";
import type { CallOutcome, CallUpdate } from "@/lib/stream/run-call";

export type RunStatus = "streaming" | CallOutcome["status"];

/** What a run was sent: the request body exactly as sent (Retry and the conversation actions start from it, history
 * keeps it) and the beta features it went with (the `anthropic-beta` header). */
export interface RunRequest {
  request: RequestBody;
  betas: string[];
}

/** One call, keyed by its own id so that several run at once: what it was sent, and what has come back so far (its
 * outcome's fields, filled in by the snapshots as it streams, whole once it ends). */
export type RunState = { id: string; status: RunStatus; startedAt: number } & RunRequest &
  Partial<Omit<CallOutcome, "status">>;

export interface RunSlice {
  runs: Record<string, RunState>;
  activeRunId: string | null;
  /** A run that starts; it becomes the one the transcript shows. */
  addRun: (id: string, sent: RunRequest, startedAt: number) => void;
  updateRun: (id: string, update: CallUpdate) => void;
  finishRun: (id: string, outcome: CallOutcome) => void;
  /** Shows another run in the transcript (a compare view would show several). */
  setActiveRun: (id: string | null) => void;
}

const KEEP_FINISHED_RUNS = 10;

export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set, get) => {
  const patch = (id: string, changes: Partial<RunState>) => {
    const run = get().runs[id];
    if (run) set({ runs: { ...get().runs, [id]: { ...run, ...changes } } });
  };
  return {
    runs: {},
    activeRunId: null,
    addRun: (id, sent, startedAt) => {
      // Finished runs beyond the most recent few are dropped: each holds its whole event log.
      const kept = Object.values(get().runs).filter(
        (run, index, all) => run.status === "streaming" || index >= all.length - KEEP_FINISHED_RUNS,
      );
      const runs = Object.fromEntries(kept.map((run) => [run.id, run]));
      set({ runs: { ...runs, [id]: { id, status: "streaming", startedAt, ...sent } }, activeRunId: id });
    },
    updateRun: (id, update) => patch(id, update),
    finishRun: (id, outcome) => patch(id, outcome),
    setActiveRun: (id) => {
      if (get().activeRunId !== id) set({ activeRunId: id });
    },
  };
};
