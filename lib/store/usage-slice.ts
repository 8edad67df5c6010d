import type { StateCreator } from "zustand";
import type { CallSummary } from "@/lib/history/record";
import type { RequestBody } from "@/lib/messages/types";
import { NO_PROFILE, type UpstreamProfile } from "@/lib/models/profile-types";

export type HistoryStatus = "loading" | "ready" | "unavailable";

export interface UsageSlice {
  /** The upstream's profile from the server (its limits, prices, errors and models), laid over the catalogue by
   * `useModelLookup` (empty: the catalogue alone). */
  profile: UpstreamProfile;
  /** Why the server ignored its profile or price file, to say so beside the figures it would have changed. */
  profileErrors: string[];
  /** The summaries of past calls, newest first (details stay in IndexedDB until opened). */
  history: CallSummary[];
  historyStatus: HistoryStatus;
  historyError: string | null;
  /** The request of the most recent call, to tell whether an edit since will miss its cache. */
  lastRequest: { id: string; request: RequestBody } | null;
  setProfile: (profile: UpstreamProfile, errors: string[]) => void;
  setHistory: (calls: CallSummary[], status: HistoryStatus, error?: string | null) => void;
  /** Calls that ended (newest last), and the ids storage pruned to stay under its limit. */
  addHistoryCalls: (calls: CallSummary[], pruned: string[]) => void;
  setLastRequest: (last: { id: string; request: RequestBody } | null) => void;
}

export const createUsageSlice: StateCreator<UsageSlice, [], [], UsageSlice> = (set, get) => ({
  profile: NO_PROFILE,
  profileErrors: [],
  history: [],
  historyStatus: "loading",
  historyError: null,
  lastRequest: null,
  setProfile: (profile, profileErrors) => set({ profile, profileErrors }),
  setHistory: (history, historyStatus, historyError = null) => set({ history, historyStatus, historyError }),
  addHistoryCalls: (calls, pruned) => {
    const gone = new Set([...pruned, ...calls.map((c) => c.id)]);
    set({ history: [...calls].reverse().concat(get().history.filter((c) => !gone.has(c.id))) });
  },
  setLastRequest: (lastRequest) => set({ lastRequest }),
});
