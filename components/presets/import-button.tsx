"use client";

import { useRef } from "react";
import { buttonClass } from "./modal";

/** Imports a presets file into the library: all presets or, on any problem, none. */
export function ImportButton({ onDone }: { onDone: (message: string, isError: boolean) => void }) {
  const input = useRef<HTMLInputElement>(null);

  const read = async (file: File) => {
    // The file's parser (the preset schema) loads when a file is chosen, not with the page.
    const [{ MAX_IMPORT_BYTES, parsePresetFile }, { importPresets }] = await Promise.all([
      import("@/lib/presets/file-format"),
      import("@/lib/presets/library"),
    ]);
    if (file.size > MAX_IMPORT_BYTES)
      return onDone(`“${file.name}” is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.`, true);
    const parsed = parsePresetFile(await file.text());
    if (!parsed.ok) return onDone(`“${file.name}”: ${parsed.error.message}`, true);
    try {
      const count = await importPresets(parsed.value);
      onDone(`Imported ${count} preset${count === 1 ? "" : "s"} into the library.`, false);
    } catch (e) {
      onDone(`The presets could not be stored in this browser: ${(e as Error).message}. Nothing was imported.`, true);
    }
  };

  return (
    <>
      <button type="button" className={buttonClass} onClick={() => input.current?.click()}>
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        aria-label="Preset file to import"
        className="hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void read(file);
        }}
      />
    </>
  );
}
