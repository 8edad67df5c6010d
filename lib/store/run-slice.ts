import type { StateCreator } from "zustand";
import type { RequestBody } from "@/lib/messages/types";
import type { LiveMessage } from "@/lib/stream/accumulate";
import type { LiveFigures } from "@/lib/stream/run-call";
import type { EventLog } from "@/lib/stream/event-log";

export type RunStatus = "streaming" | "done" | "error" | "stopped";

export interface RunError {
  type: string;
  message: string;
  status?: number;
  /** `error.details.error_code`, when the API names the cause. */
  code?: string;
}

/** One call, keyed by its own id so several can run at once (a compare view needs no rewrite). */
export interface RunState {
  id: string;
  status: RunStatus;
  /** The request body exactly as sent: Retry and the conversation actions start from it. */
  request?: RequestBody;
  /** The beta features it was sent with (the `anthropic-beta` header): Retry sends them again. */
  betas?: string[];
  message?: LiveMessage;
  error?: RunError;
  httpStatus?: number;
  requestId?: string;
  keySource?: string;
  /** How many upstream attempts the proxy made (header `x-playground-attempts`), when it says. */
  attempts?: number;
  /** Milliseconds from send to the first content event, and to the end. */
  firstTokenMs?: number;
  totalMs?: number;
  /** Live figures (output tokens so far, elapsed) at the latest snapshot. */
  live?: LiveFigures;
  /** The raw SSE events (history keeps them): an append-only log shared with the stream; `eventCount` of them are published. */
  events?: EventLog;
  eventCount?: number;
}

export interface RunSlice {
  runs: Record<string, RunState>;
  activeRunId: string | null;
  startRun: (id: string, request?: RequestBody, betas?: string[]) => void;
  updateRun: (id: string, patch: Partial<RunState>) => void;
  /** Shows another run in the transcript (a compare view would show several). */
  setActiveRun: (id: string | null) => void;
}

const KEEP_FINISHED_RUNS = 10;

export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set, get) => ({
  runs: {},
  activeRunId: null,
  startRun: (id, request, betas) => {
    // Finished runs beyond the most recent few are dropped: each holds its whole event log.
    const kept = Object.values(get().runs).filter(
      (run, index, all) => run.status === "streaming" || index >= all.length - KEEP_FINISHED_RUNS,
    );
    const runs = Object.fromEntries(kept.map((run) => [run.id, run]));
    set({ runs: { ...runs, [id]: { id, status: "streaming", request, betas } }, activeRunId: id });
  },
  updateRun: (id, patch) => {
    const run = get().runs[id];
    if (!run) return;
    set({ runs: { ...get().runs, [id]: { ...run, ...patch } } });
  },
  setActiveRun: (id) => {
    if (get().activeRunId !== id) set({ activeRunId: id });
  },
});
