"use client";

import { useCallback, useEffect, useId, useState } from "react";
import { deletePreset, duplicatePreset, listPresets, markUsed, renamePreset } from "@/lib/presets/library";
import type { LibraryEntry } from "@/lib/presets/library-query";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { downloadPresets } from "./download";
import { ErrorNote, Modal } from "./modal";
import { LibraryItem } from "./library-item";

export function LibraryDialog({ onClose, onStatus }: { onClose: () => void; onStatus: (message: string) => void }) {
  const [query, setQuery] = useState("");
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const searchId = useId();

  const refresh = useCallback(async () => {
    try {
      setEntries(await listPresets(query));
    } catch (e) {
      setError(`The library could not be read: ${(e as Error).message}`);
    }
  }, [query]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const act = async (action: () => Promise<unknown>) => {
    try {
      setError(null);
      await action();
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const load = (entry: LibraryEntry) =>
    act(async () => {
      usePlaygroundStore.getState().loadPreset(entry.preset, entry.id);
      await markUsed(entry.id);
      onStatus(`Loaded “${entry.preset.name}”. It has not been run.`);
      onClose();
    });

  return (
    <Modal title="Preset library" onClose={onClose} wide>
      <div>
        <label htmlFor={searchId} className="field-label">
          Search presets
        </label>
        <input
          id={searchId}
          type="search"
          className="field-input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {error && <ErrorNote>{error}</ErrorNote>}
      {entries && entries.length === 0 && (
        <p className="text-muted">
          {query ? "No preset matches." : "No presets yet: use Save preset, or Import a file."}
        </p>
      )}
      <ul
        aria-label="Presets"
        className="flex max-h-[55vh] flex-col divide-y divide-slate-200 overflow-auto dark:divide-slate-800"
      >
        {entries?.map((entry) => (
          <LibraryItem
            key={entry.id}
            entry={entry}
            onLoad={() => void load(entry)}
            onRename={(name) =>
              void act(async () => {
                const renamed = await renamePreset(entry.id, name);
                if (renamed) usePlaygroundStore.getState().presetEntryChanged(entry.id, renamed.preset.name);
              })
            }
            onDuplicate={() => void act(() => duplicatePreset(entry.id))}
            onExport={() => {
              const result = downloadPresets([entry.preset]);
              if (!result.ok) setError(result.error.message);
            }}
            onDelete={() =>
              void act(async () => {
                await deletePreset(entry.id);
                usePlaygroundStore.getState().presetEntryChanged(entry.id, null);
              })
            }
          />
        ))}
      </ul>
    </Modal>
  );
}
