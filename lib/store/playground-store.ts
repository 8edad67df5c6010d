"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import { createRequestSlice, type RequestSlice } from "./request-slice";
import { createRunSlice, type RunSlice } from "./run-slice";
import { createUsageSlice, type UsageSlice } from "./usage-slice";
import { createPresetsSlice, type PresetsSlice } from "./presets-slice";
import { createVariantsSlice, type VariantsSlice } from "./variants-slice";
import { createCasesSlice, type CasesSlice } from "./cases-slice";
import { createBatchSlice, type BatchSlice } from "./batch-slice";
import { DRAFT_VERSION, migrateDraft, partializeDraft, restoreDraft, type Draft } from "./draft";
import { draftStorage } from "./safe-storage";
import { keepVariantsInStep } from "./variants";

const NO_STORAGE = { getItem: () => null, setItem: () => {}, removeItem: () => {} };

export type PlaygroundState = RequestSlice &
  RunSlice &
  UsageSlice &
  PresetsSlice &
  VariantsSlice &
  CasesSlice &
  BatchSlice;

/** The one bound store of the playground, made of slices. The draft (the variants and what a run is made of) is
 * persisted in localStorage. */
export const usePlaygroundStore = create<PlaygroundState>()(
  persist<PlaygroundState, [], [], Draft>(
    keepVariantsInStep((...a) => ({
      ...createRequestSlice(...a),
      ...createRunSlice(...a),
      ...createUsageSlice(...a),
      ...createPresetsSlice(...a),
      ...createVariantsSlice(...a),
      ...createCasesSlice(...a),
      ...createBatchSlice(...a),
    })),
    {
      name: "playground:draft",
      version: DRAFT_VERSION,
      // Outside a browser (the server's render, unit tests) there is nothing to keep the draft in: it is not kept,
      // quietly.
      storage: typeof window === "undefined" ? NO_STORAGE : draftStorage(),
      partialize: partializeDraft,
      migrate: (persisted, version) => migrateDraft(persisted, version) as Draft,
      merge: (persisted, current) => ({ ...current, ...restoreDraft(persisted) }),
      // The server renders the default request; the draft is read after hydration (components/hooks/use-draft.ts).
      skipHydration: true,
    },
  ),
);
