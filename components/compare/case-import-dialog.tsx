"use client";

import { useId, useState } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { parseCases } from "@/lib/test-cases/test-cases";
import { ErrorNote, Modal, buttonClass, primaryButtonClass } from "../presets/modal";

/** Files past this are not test cases (a grid of 500 cases with long values is a few MB). */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Pasted text (CSV, or cells copied from a spreadsheet, or JSON Lines) or a file, as test cases: all of them or,
 * on any problem, none, with the reason. */
export function CaseImportDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: (count: number) => void;
}) {
  const hasCases = usePlaygroundStore((s) => s.testCases.length > 0);
  const [text, setText] = useState("");
  const [replace, setReplace] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const textId = useId();
  const fileId = useId();

  const take = (source: string) => {
    const parsed = parseCases(source);
    if (!parsed.ok) return setError(parsed.message);
    usePlaygroundStore.getState().importTestCases(parsed.value, replace || !hasCases);
    onImported(parsed.value.rows.length);
  };
  const readFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES)
      return setError(`“${file.name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Nothing was imported.`);
    take(await file.text());
  };

  return (
    <Modal title="Paste or import test cases" onClose={onClose} wide>
      <div>
        <label htmlFor={textId} className="field-label">
          Test cases to paste
        </label>
        <textarea
          id={textId}
          data-autofocus
          rows={8}
          className="field-input font-mono text-xs"
          placeholder={'topic,audience\ntides,children\n\nor JSON Lines: {"topic": "tides"}'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
        <p className="mt-1 text-xs text-muted">
          CSV with a header row, cells copied from a spreadsheet, or JSON Lines (an object per line). A header names a
          variable: its column fills <code>{"{{header}}"}</code>.
        </p>
      </div>
      <div>
        <label htmlFor={fileId} className="field-label">
          Or import a file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.tsv,.txt,.jsonl,.json,text/csv,application/json"
          className="text-xs"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void readFile(file);
          }}
        />
      </div>
      {hasCases && (
        <label className="flex items-center gap-2 text-xs">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
          Replace the test cases there are (unchecked: add after them)
        </label>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass} onClick={onClose}>
          Cancel
        </button>
        <button type="button" className={primaryButtonClass} disabled={!text.trim()} onClick={() => take(text)}>
          Import test cases
        </button>
      </div>
    </Modal>
  );
}
