"use client";

import { useSyncExternalStore } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";

let loading: Promise<void> | null = null;

/**
 * Reads the saved draft into the store, once a page. The server rendered the default request, so the draft is read
 * after hydration; the page does it as soon as its header has hydrated, so that Run and a link's preset see the
 * user's own request, not the default one. Views that hydrate later still hydrate on the default request (zustand's
 * server snapshot is the store's initial state) and then show the draft. Another page that edits the draft (Traffic's
 * "Open in playground") reads it first: nothing is saved before the draft has been read (safe-storage.ts).
 */
export function loadDraft(): Promise<void> {
  loading ??= Promise.resolve(usePlaygroundStore.persist.rehydrate());
  return loading;
}

const onLoaded = (listener: () => void) => usePlaygroundStore.persist.onFinishHydration(listener);
const loaded = () => usePlaygroundStore.persist.hasHydrated();

/** Whether the saved draft is in the store: false on the server and until it has been read. */
export function useDraftLoaded(): boolean {
  return useSyncExternalStore(onLoaded, loaded, () => false);
}
