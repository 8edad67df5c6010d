"use client";

import { parsePreset } from "@/lib/presets/migrate";
import type { Result } from "@/lib/presets/result";
import { makePreset, type Preset } from "@/lib/presets/schema";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { savedFromBatch } from "@/lib/store/saved-batch";
import { findAllVariables } from "@/lib/variables/variables";

/** The editor's current request as a validated preset (refused if it holds a key): every variant (variant 1 is the
 * preset's own request), the variables' values, the test cases and the repeats; the latest results when asked. */
export function currentPreset(name: string, description?: string, { withResults = false } = {}): Result<Preset> {
  const state = usePlaygroundStore.getState();
  const [first, ...rest] = state.variants;
  const used = new Set(findAllVariables(state.variants.map((v) => v.request)));
  const variables = Object.fromEntries(Object.entries(state.variableValues).filter(([k, v]) => used.has(k) && v));
  return parsePreset(
    makePreset({
      name: name || "Untitled request",
      description,
      request: first.request,
      betas: first.betas,
      panel: state.panelOptions,
      variantName: first.name,
      variants: rest,
      sameMessages: state.sameMessages,
      variables,
      testCases: state.testCases.map((c) => c.values),
      repeats: state.repeats,
      results: withResults && state.batch ? savedFromBatch(state.batch) : undefined,
    }),
  );
}
