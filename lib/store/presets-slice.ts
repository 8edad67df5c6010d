import type { StateCreator } from "zustand";
import type { Result } from "@/lib/presets/result";
import type { Preset } from "@/lib/presets/schema";
import type { RequestSlice } from "./request-slice";

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
  /** Loads a preset into the editor (from the library entry `entryId`, if it came from one); it does not run it. */
  loadPreset: (preset: Preset, entryId?: string) => void;
  /** A library entry was renamed (`name`) or deleted (`null`). */
  presetEntryChanged: (entryId: string, name: string | null) => void;
}

export const createPresetsSlice: StateCreator<RequestSlice & PresetsSlice, [], [], PresetsSlice> = (set, get) => ({
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
    get().replaceRequest(structuredClone(preset.request));
    get().setBetas(preset.betas ?? []);
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
