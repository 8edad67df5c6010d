"use client";

import { useEffect } from "react";
import { recordFromRun } from "@/lib/history/from-run";
import { loadCallDetails, loadHistory, saveCall } from "@/lib/history/history-client";
import { createRunWatcher } from "@/lib/history/run-watcher";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { NO_PROFILE, type UpstreamProfile } from "@/lib/models/profile";
import { apiFetch } from "@/lib/client/api-fetch";

/**
 * Once per page: loads the upstream's profile (a gateway's limits and prices) and the stored history, and records every call
 * that ends by watching the store's runs (the run code needs no history hook).
 */
export function useUsageSetup() {
  useEffect(() => {
    const store = usePlaygroundStore;
    let alive = true;

    apiFetch("/api/upstream-profile")
      .then((r) => (r.ok ? r.json() : {}))
      .then(
        (body: { profile?: UpstreamProfile; errors?: string[] }) =>
          alive && store.getState().setProfile(body.profile ?? NO_PROFILE, body.errors ?? []),
      )
      .catch(() => {}); // the catalogue's facts stand

    loadHistory()
      .then(async (calls) => {
        if (!alive) return;
        // Calls that ended while the list loaded are kept in front of it.
        const stored = new Set(calls.map((c) => c.id));
        const fresh = store.getState().history.filter((c) => !stored.has(c.id));
        store.getState().setHistory([...fresh, ...calls], "ready");
        const latest = calls[0] && (await loadCallDetails(calls[0].id));
        if (alive && latest && !store.getState().lastRequest)
          store.getState().setLastRequest({ id: latest.id, request: latest.request });
      })
      .catch(
        (error: Error) =>
          alive &&
          store
            .getState()
            .setHistory([], "unavailable", `History is not available in this browser (${error.message}).`),
      );

    const watch = createRunWatcher(({ run, request, startedAt }) => {
      store.getState().setLastRequest({ id: run.id, request });
      // Recording maps every event of the call (32K for a long reply): it waits until the browser is idle,
      // so the transcript's final render comes first.
      whenIdle(() => {
        if (!alive) return;
        const record = recordFromRun(run, request, startedAt);
        // Listed at once; stored in the background. A storage failure keeps it for this page's life.
        store.getState().addHistoryCall(record.summary, []);
        saveCall(record)
          .then((pruned) => pruned.length && store.getState().addHistoryCall(record.summary, pruned))
          .catch((error: Error) =>
            store
              .getState()
              .setHistory(store.getState().history, "unavailable", `This call could not be stored (${error.message}).`),
          );
      });
    });
    watch(store.getState());
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.runs !== previous.runs) watch(state);
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, []);
}

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}
