"use client";

import { useId } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";
import { useSyncedText } from "./use-synced-text";
import { formatStopSequences as format, parseStopSequences as parse } from "@/lib/messages/stop-sequence-text";

export function StopSequencesField() {
  const value = usePlaygroundStore((s) => s.request.stop_sequences);
  const setField = usePlaygroundStore((s) => s.setField);
  const id = useId();
  const hintId = useId();
  const [text, setText] = useSyncedText(value, format, parse);
  return (
    <div>
      <label htmlFor={id} className="field-label">
        Stop sequences
      </label>
      <textarea
        id={id}
        rows={2}
        className="field-input resize-y font-mono"
        placeholder="One per line"
        aria-describedby={hintId}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setField("stop_sequences", parse(e.target.value));
        }}
      />
      <p id={hintId} className="mt-0.5 text-xs text-muted">
        One per line; type <code className="font-mono">\n</code> for a line break inside one,{" "}
        <code className="font-mono">\\</code> for a backslash.
      </p>
      <FieldIssue path="stop_sequences" />
    </div>
  );
}
