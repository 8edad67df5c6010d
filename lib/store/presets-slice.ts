import type { StateCreator } from "zustand";
import { normalizeBetas } from "@/lib/messages/betas";
import type { Result } from "@/lib/presets/result";
import type { Preset } from "@/lib/presets/schema";
import type { BatchSlice } from "./batch-slice";
import { type CasesSlice, newCaseId } from "./cases-slice";
import type { RequestSlice } from "./request-slice";
import { batchFromSaved } from "./saved-batch";
import { newVariantId, type Variant } from "./variants";
import type { VariantsSlice } from "./variants-slice";

export type PanelOptions = NonNullable<Preset["panel"]>;

/** A preset that arrived by link, waiting for the user (or an error to show). Never run. */
export interface IncomingPreset {
  source: "link" | "short-link";
  result: Result<Preset>;
}

export interface PresetsSlice {
  incomingPreset: IncomingPreset | null;
  /** Name of the preset the request came from, for the next save or share. */
  presetName: string | null;
  presetDescription: string | null;
  /** The library entry the request was saved as or loaded from: renaming that entry renames the request's preset. */
  presetEntryId: string | null;
  /** View options saved with presets: a panel that wants its option restored sets it here. */
  panelOptions: PanelOptions;
  offerPreset: (incoming: IncomingPreset) => void;
  dismissIncomingPreset: () => void;
  setPanelOption: (key: string, value: string | number | boolean | undefined) => void;
  /** Loads a preset into the editor (from the library entry `entryId`, if it came from one): its variants, variables,
   * test cases and repeats, and its results if it kept some. It does not run it. */
  loadPreset: (preset: Preset, entryId?: string) => void;
  /** A library entry was renamed (`name`) or deleted (`null`). */
  presetEntryChanged: (entryId: string, name: string | null) => void;
}

type State = RequestSlice & PresetsSlice & VariantsSlice & CasesSlice & BatchSlice;

export const createPresetsSlice: StateCreator<State, [], [], PresetsSlice> = (set, get) => ({
  incomingPreset: null,
  presetName: null,
  presetDescription: null,
  presetEntryId: null,
  panelOptions: {},
  offerPreset: (incoming) => set({ incomingPreset: incoming }),
  dismissIncomingPreset: () => set({ incomingPreset: null }),
  setPanelOption: (key, value) => {
    if (get().panelOptions[key] === value) return;
    const next = { ...get().panelOptions };
    if (value === undefined) delete next[key];
    else next[key] = value;
    set({ panelOptions: next });
  },
  loadPreset: (preset, entryId) => {
    const variant = (name: string | undefined, request: Preset["request"], betas?: string[]): Variant => ({
      id: newVariantId(),
      name: name ?? "",
      request: structuredClone(request),
      betas: normalizeBetas(betas ?? []),
    });
    get().replaceVariants(
      [
        variant(preset.variantName, preset.request, preset.betas),
        ...(preset.variants ?? []).map((v) => variant(v.name, v.request, v.betas)),
      ],
      preset.sameMessages ?? true,
    );
    set({
      variableValues: { ...preset.variables },
      testCases: (preset.testCases ?? []).map((values) => ({ id: newCaseId(), values: { ...values } })),
      repeats: preset.repeats ?? 1,
      // A run going on keeps its results in view; else the preset's (or none: they were another request's).
      ...(get().batch?.status === "running" ? {} : { batch: preset.results ? batchFromSaved(preset.results) : null }),
    });
    set({
      presetName: preset.name,
      presetDescription: preset.description ?? null,
      presetEntryId: entryId ?? null,
      panelOptions: { ...preset.panel },
    });
  },
  presetEntryChanged: (entryId, name) => {
    if (get().presetEntryId !== entryId) return;
    // Deleted: the request keeps its name for the next save, which makes a new entry.
    set(name === null ? { presetEntryId: null } : { presetName: name });
  },
});
