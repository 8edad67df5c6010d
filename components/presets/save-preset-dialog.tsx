"use client";

import { useId, useState } from "react";
import { savePreset } from "@/lib/presets/library";
import { NAME_MAX } from "@/lib/presets/limits";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { currentPreset } from "./current-preset";
import { StaleJsonNote } from "./stale-json-note";
import { ErrorNote, Modal, primaryButtonClass } from "./modal";

export function SavePresetDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (name: string) => void }) {
  const [name, setName] = useState(() => usePlaygroundStore.getState().presetName ?? "");
  const [description, setDescription] = useState(() => usePlaygroundStore.getState().presetDescription ?? "");
  const [error, setError] = useState<string | null>(null);
  const results = usePlaygroundStore((s) => s.batch);
  const [withResults, setWithResults] = useState(false);
  const nameId = useId();
  const descriptionId = useId();

  const save = async () => {
    if (!name.trim()) return setError("Give the preset a name.");
    const preset = currentPreset(name, description, { withResults: withResults && results !== null });
    if (!preset.ok) return setError(preset.error.message);
    try {
      const entry = await savePreset(preset.value);
      usePlaygroundStore.setState({
        presetName: preset.value.name,
        presetDescription: preset.value.description ?? null,
        presetEntryId: entry.id,
      });
      onSaved(preset.value.name);
    } catch (e) {
      setError(`The preset could not be saved in this browser: ${(e as Error).message}`);
    }
  };

  return (
    <Modal title="Save preset" onClose={onClose}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div>
          <label htmlFor={nameId} className="field-label">
            Preset name
          </label>
          <input
            id={nameId}
            className="field-input"
            maxLength={NAME_MAX}
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-autofocus
          />
        </div>
        <div>
          <label htmlFor={descriptionId} className="field-label">
            Description (optional)
          </label>
          <textarea
            id={descriptionId}
            rows={3}
            className="field-input"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        {results && (
          <label className="flex items-center gap-2 text-xs">
            <input type="checkbox" checked={withResults} onChange={(e) => setWithResults(e.target.checked)} />
            Include the results of run {results.number} ({results.finished} of {results.total} calls)
          </label>
        )}
        <p className="text-xs text-muted">
          Saved in this browser with the request and panel options (and its variants, variables and test cases); never
          with a key.
        </p>
        <StaleJsonNote />
        {error && <ErrorNote>{error}</ErrorNote>}
        <div className="flex justify-end">
          <button type="submit" className={primaryButtonClass}>
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
