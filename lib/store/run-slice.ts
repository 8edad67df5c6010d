import type { StateCreator } from "zustand";
import type { LiveMessage } from "@/lib/stream/accumulate";
import type { ParsedSseEvent } from "@/lib/stream/sse";

export type RunStatus = "streaming" | "done" | "error" | "stopped";

export interface RunError {
  type: string;
  message: string;
  status?: number;
}

/** One call, keyed by its own id so several can run at once (a compare view needs no rewrite). */
export interface RunState {
  id: string;
  status: RunStatus;
  message?: LiveMessage;
  error?: RunError;
  httpStatus?: number;
  requestId?: string;
  keySource?: string;
  /** How many upstream attempts the proxy made (header `x-playground-attempts`), when it says. */
  attempts?: number;
  /** The raw events of the stream, set when the call ends (history keeps them). */
  events?: ParsedSseEvent[];
  /** Milliseconds from send to the first content event, and to the end. */
  firstTokenMs?: number;
  totalMs?: number;
}

export interface RunSlice {
  runs: Record<string, RunState>;
  activeRunId: string | null;
  startRun: (id: string) => void;
  updateRun: (id: string, patch: Partial<RunState>) => void;
}

export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set, get) => ({
  runs: {},
  activeRunId: null,
  startRun: (id) => set({ runs: { ...get().runs, [id]: { id, status: "streaming" } }, activeRunId: id }),
  updateRun: (id, patch) => {
    const run = get().runs[id];
    if (!run) return;
    set({ runs: { ...get().runs, [id]: { ...run, ...patch } } });
  },
});
