"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import {
  createRequestSlice,
  partializeRequest,
  REQUEST_PERSIST_VERSION,
  restoreRequest,
  type RequestSlice,
} from "./request-slice";
import { createRunSlice, type RunSlice } from "./run-slice";
import { createUsageSlice, type UsageSlice } from "./usage-slice";
import { createPresetsSlice, type PresetsSlice } from "./presets-slice";
import { draftStorage } from "./safe-storage";

export type PlaygroundState = RequestSlice & RunSlice & UsageSlice & PresetsSlice;
type PersistedDraft = ReturnType<typeof partializeRequest>;

/** The one bound store of the playground, made of slices. The draft request is persisted in localStorage. */
export const usePlaygroundStore = create<PlaygroundState>()(
  persist<PlaygroundState, [], [], PersistedDraft>(
    (...a) => ({
      ...createRequestSlice(...a),
      ...createRunSlice(...a),
      ...createUsageSlice(...a),
      ...createPresetsSlice(...a),
    }),
    {
      name: "playground:draft",
      version: REQUEST_PERSIST_VERSION,
      storage: typeof window === "undefined" ? undefined : draftStorage(),
      partialize: partializeRequest,
      // No older version exists yet: an unknown shape is dropped rather than trusted.
      migrate: (persisted) => restoreRequest(persisted) as PersistedDraft,
      merge: (persisted, current) => ({ ...current, ...restoreRequest(persisted) }),
      // The server renders the default request; the draft is read after hydration (see useDraftRehydration).
      skipHydration: true,
    },
  ),
);
