"use client";

import { useState } from "react";
import type { LibraryEntry } from "@/lib/presets/library-query";
import { formatDateTime } from "@/lib/format/date";
import { NAME_MAX } from "@/lib/presets/limits";
import { buttonClass } from "./modal";

interface Props {
  entry: LibraryEntry;
  onLoad: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

/** One preset in the library. Names and descriptions are untrusted: rendered as text only. */
export function LibraryItem({ entry, onLoad, onRename, onDuplicate, onExport, onDelete }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.preset.name);
  const label = entry.preset.name;

  return (
    <li className="flex flex-col gap-1.5 py-2">
      {renaming ? (
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) onRename(name);
            setRenaming(false);
          }}
        >
          <input
            aria-label={`New name for ${label}`}
            className="field-input"
            maxLength={NAME_MAX}
            value={name}
            onChange={(e) => setName(e.target.value)}
            // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked to rename; typing goes straight into it
            autoFocus
          />
          <button type="submit" className={buttonClass}>
            Save name
          </button>
        </form>
      ) : (
        <div className="flex items-baseline justify-between gap-2">
          <span className="truncate font-medium" data-testid="preset-name">
            {label}
          </span>
          <span className="shrink-0 text-xs text-muted">
            {entry.preset.request.model} · used {formatDateTime(entry.lastUsedAt)}
          </span>
        </div>
      )}
      {entry.preset.description && (
        <p className="line-clamp-2 whitespace-pre-wrap text-xs text-slate-600 dark:text-slate-400">
          {entry.preset.description}
        </p>
      )}
      <div className="flex flex-wrap gap-1.5">
        <button type="button" className={buttonClass} aria-label={`Load ${label}`} onClick={onLoad}>
          Load
        </button>
        <button type="button" className={buttonClass} aria-label={`Rename ${label}`} onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button type="button" className={buttonClass} aria-label={`Duplicate ${label}`} onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" className={buttonClass} aria-label={`Export ${label}`} onClick={onExport}>
          Export
        </button>
        <button type="button" className={buttonClass} aria-label={`Delete ${label}`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
