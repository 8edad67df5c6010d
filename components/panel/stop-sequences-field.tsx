"use client";

import { useId } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";
import { useSyncedText } from "./use-synced-text";

const format = (value: unknown) => (Array.isArray(value) ? value.join("\n") : "");
const parse = (text: string) => {
  const lines = text.split("\n").filter((line) => line !== "");
  return lines.length ? lines : undefined;
};

export function StopSequencesField() {
  const value = usePlaygroundStore((s) => s.request.stop_sequences);
  const setField = usePlaygroundStore((s) => s.setField);
  const id = useId();
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
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setField("stop_sequences", parse(e.target.value));
        }}
      />
      <FieldIssue path="stop_sequences" />
    </div>
  );
}
