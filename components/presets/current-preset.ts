"use client";

import { parsePreset } from "@/lib/presets/migrate";
import type { Result } from "@/lib/presets/result";
import { makePreset, type Preset } from "@/lib/presets/schema";
import { usePlaygroundStore } from "@/lib/store/playground-store";

/** The editor's current request as a validated preset (refused if it holds a key). */
export function currentPreset(name: string, description?: string): Result<Preset> {
  const state = usePlaygroundStore.getState();
  return parsePreset(
    makePreset({
      name: name || "Untitled request",
      description,
      request: state.request,
      betas: state.betas,
      panel: state.panelOptions,
    }),
  );
}
