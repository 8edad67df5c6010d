"use client";

import { useEffect } from "react";
import { loadCallDetails, loadHistory } from "@/lib/history/history-client";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { NO_PROFILE, type UpstreamProfile } from "@/lib/models/profile-types";
import { apiFetch } from "@/lib/client/api-fetch";

/** Once per page: loads the upstream's profile (a gateway's limits and prices) and the stored history. Calls are filed
 * in history as they end, by the run wing (lib/run/file-call.ts). */
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

    return () => {
      alive = false;
    };
  }, []);
}
