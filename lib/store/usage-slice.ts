import type { StateCreator } from "zustand";
import type { CallSummary } from "@/lib/history/record";
import type { RequestBody } from "@/lib/messages/types";
import type { PriceOverrides } from "@/lib/usage/rates";

export type HistoryStatus = "loading" | "ready" | "unavailable";

export interface UsageSlice {
  /** Gateway prices from the server's price file, over the catalogue's (empty: catalogue only). */
  priceOverrides: PriceOverrides;
  /** The summaries of past calls, newest first (details stay in IndexedDB until opened). */
  history: CallSummary[];
  historyStatus: HistoryStatus;
  historyError: string | null;
  /** The request of the most recent call, to tell whether an edit since will miss its cache. */
  lastRequest: { id: string; request: RequestBody } | null;
  setPriceOverrides: (overrides: PriceOverrides) => void;
  setHistory: (calls: CallSummary[], status: HistoryStatus, error?: string | null) => void;
  addHistoryCall: (call: CallSummary, pruned: string[]) => void;
  setLastRequest: (last: { id: string; request: RequestBody } | null) => void;
}

export const createUsageSlice: StateCreator<UsageSlice, [], [], UsageSlice> = (set, get) => ({
  priceOverrides: {},
  history: [],
  historyStatus: "loading",
  historyError: null,
  lastRequest: null,
  setPriceOverrides: (priceOverrides) => set({ priceOverrides }),
  setHistory: (history, historyStatus, historyError = null) => set({ history, historyStatus, historyError }),
  addHistoryCall: (call, pruned) => {
    const gone = new Set([...pruned, call.id]);
    set({ history: [call, ...get().history.filter((c) => !gone.has(c.id))] });
  },
  setLastRequest: (lastRequest) => set({ lastRequest }),
});
