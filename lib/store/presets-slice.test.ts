import { beforeEach, describe, expect, it } from "vitest";
import { samplePreset } from "@/lib/testing/test-presets";
import { usePlaygroundStore } from "./playground-store";
import { DEFAULT_REQUEST } from "./request-slice";

describe("presets slice", () => {
  beforeEach(() =>
    usePlaygroundStore.setState({ request: DEFAULT_REQUEST, incomingPreset: null, presetName: null, panelOptions: {} }),
  );

  it("loads a preset into the editor without running it, and keeps its own copy", () => {
    const preset = samplePreset();
    usePlaygroundStore.getState().loadPreset(preset);
    const state = usePlaygroundStore.getState();
    expect(state.request).toEqual(preset.request);
    expect(state.request).not.toBe(preset.request);
    expect(state.presetName).toBe(preset.name);
    expect(state.panelOptions).toEqual(preset.panel);
    expect(state.activeRunId).toBeNull();
    expect(state.runs).toEqual({});
  });

  it("follows a rename of the library entry it was loaded from, and no other", () => {
    const preset = samplePreset();
    usePlaygroundStore.getState().loadPreset(preset, "entry-1");
    usePlaygroundStore.getState().presetEntryChanged("entry-2", "Someone else");
    expect(usePlaygroundStore.getState().presetName).toBe(preset.name);
    usePlaygroundStore.getState().presetEntryChanged("entry-1", "Renamed");
    expect(usePlaygroundStore.getState().presetName).toBe("Renamed");
    // Deleted: the name stays for the next save, which is a new entry that later renames no longer reach.
    usePlaygroundStore.getState().presetEntryChanged("entry-1", null);
    usePlaygroundStore.getState().presetEntryChanged("entry-1", "Too late");
    expect(usePlaygroundStore.getState().presetName).toBe("Renamed");
  });

  it("holds an offered preset until it is dismissed", () => {
    const offer = { source: "link" as const, result: { ok: true as const, value: samplePreset() } };
    usePlaygroundStore.getState().offerPreset(offer);
    expect(usePlaygroundStore.getState().incomingPreset).toBe(offer);
    expect(usePlaygroundStore.getState().request).toBe(DEFAULT_REQUEST);
    usePlaygroundStore.getState().dismissIncomingPreset();
    expect(usePlaygroundStore.getState().incomingPreset).toBeNull();
  });

  it("sets and removes panel options", () => {
    const { setPanelOption } = usePlaygroundStore.getState();
    setPanelOption("view", "split");
    setPanelOption("raw", true);
    setPanelOption("view", undefined);
    expect(usePlaygroundStore.getState().panelOptions).toEqual({ raw: true });
  });
});
