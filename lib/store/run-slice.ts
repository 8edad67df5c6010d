import type { StateCreator } from "zustand";
import type { CallTags } from "@/lib/history/record";
import type { RequestBody } from "@/lib/messages/types";
import type { CallOutcome, CallUpdate } from "@/lib/stream/run-call";
import { applyStep, type Step } from "./steps";

export type RunStatus = "streaming" | CallOutcome["status"];

/** What a run was sent: the request body exactly as sent (Retry and the conversation actions start from it, history
 * keeps it) and the beta features it went with (the `anthropic-beta` header); and where it came from. */
export interface RunRequest {
  request: RequestBody;
  betas: string[];
  /** The request as edited, before its {{variables}} were filled in: the conversation actions build on it, so that an
   * added reply keeps the variables of the turns before. Absent when it had none. */
  template?: RequestBody;
  /** The variant it ran for (its id): that variant's column shows it. */
  variantId?: string;
  /** Where it stands in a run of many calls (variants, test cases, repeats): history keeps it with the call. */
  tags?: CallTags;
}

/** One call, keyed by its own id so that several run at once: what it was sent, and what has come back so far (its
 * outcome's fields, filled in by the snapshots as it streams, whole once it ends). */
export type RunState = { id: string; status: RunStatus; startedAt: number } & RunRequest &
  Partial<Omit<CallOutcome, "status">>;

export interface RunSlice {
  runs: Record<string, RunState>;
  activeRunId: string | null;
  /** The latest run of each variant (by variant id), which its column shows. */
  latestRunOf: Record<string, string>;
  /** A run that starts. It becomes the one the transcript shows unless `activate` is false (a call of a batch that the
   * selected variant's view is not about). */
  addRun: (id: string, sent: RunRequest, startedAt: number, activate?: boolean) => void;
  updateRun: (id: string, update: CallUpdate) => void;
  finishRun: (id: string, outcome: CallOutcome) => void;
  /** Shows another run in the transcript. */
  setActiveRun: (id: string | null) => void;
}

const KEEP_FINISHED_RUNS = 10;

/** A run that starts (see `addRun`). */
export const runAdded =
  (id: string, sent: RunRequest, startedAt: number, activate = true): Step<RunSlice> =>
  (state) => {
    const latestRunOf = sent.variantId ? { ...state.latestRunOf, [sent.variantId]: id } : state.latestRunOf;
    const shown = new Set([...Object.values(latestRunOf), state.activeRunId]);
    // Finished runs beyond the most recent few are dropped (each holds its whole event log), except those a view
    // shows: each variant's latest, and the transcript's.
    const kept = Object.values(state.runs).filter(
      (run, index, all) => run.status === "streaming" || index >= all.length - KEEP_FINISHED_RUNS || shown.has(run.id),
    );
    const runs = Object.fromEntries(kept.map((run) => [run.id, run]));
    return {
      runs: { ...runs, [id]: { id, status: "streaming", startedAt, ...sent } },
      latestRunOf,
      ...(activate ? { activeRunId: id } : {}),
    };
  };

/** A run's snapshot as it streams, or its outcome once it ends; nothing for a run the store no longer keeps. */
export const runChanged =
  (id: string, changes: CallUpdate | CallOutcome): Step<RunSlice> =>
  (state) => {
    const run = state.runs[id];
    return run ? { runs: { ...state.runs, [id]: { ...run, ...changes } } } : {};
  };

export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set, get) => {
  const store = { getState: get, setState: set };
  return {
    runs: {},
    activeRunId: null,
    latestRunOf: {},
    addRun: (id, sent, startedAt, activate = true) => applyStep(store, runAdded(id, sent, startedAt, activate)),
    updateRun: (id, update) => applyStep(store, runChanged(id, update)),
    finishRun: (id, outcome) => applyStep(store, runChanged(id, outcome)),
    setActiveRun: (id) => {
      if (get().activeRunId !== id) set({ activeRunId: id });
    },
  };
};
