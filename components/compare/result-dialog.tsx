"use client";

import { useState } from "react";
import { type Batch, cellKey } from "@/lib/store/batch-slice";
import { variantLabel } from "@/lib/store/variants";
import { Modal } from "../presets/modal";
import { RunView } from "../transcript/run-view";
import { CallFiguresLine } from "./call-figures-line";
import { RepeatSummary } from "./repeat-summary";
import { useCallRun } from "./use-call-run";

/** A results cell whole: the transcript of each repeat (the transcript's own components), its figures, and the
 * summary of the repeats. */
export function ResultDialog({
  batch,
  row,
  variant,
  onClose,
}: {
  batch: Batch;
  row: number;
  variant: number;
  onClose: () => void;
}) {
  const calls = batch.cells[cellKey(row, variant)] ?? [];
  const [repeat, setRepeat] = useState(0);
  const run = useCallRun(batch, variant, row, calls[repeat]);
  const title = `Test case ${row + 1} · ${variantLabel(batch.variants[variant], variant)}`;
  return (
    <Modal title={title} onClose={onClose} wide>
      {calls.length > 1 && (
        <>
          <RepeatSummary calls={calls} />
          <div role="group" aria-label="Repeat to show" className="flex flex-wrap gap-1">
            {calls.map((call, index) => (
              <button
                // biome-ignore lint/suspicious/noArrayIndexKey: a repeat is its position
                key={index}
                type="button"
                aria-pressed={index === repeat}
                aria-label={`Show repeat ${index + 1}`}
                disabled={!call.runId && !call.message}
                onClick={() => setRepeat(index)}
                className="btn-small min-w-6"
              >
                {index + 1}
              </button>
            ))}
          </div>
        </>
      )}
      <div className="max-h-[65vh] space-y-3 overflow-y-auto text-sm leading-relaxed">
        {run ? <RunView run={run} /> : <p className="text-muted">This call has not run (yet).</p>}
      </div>
      {run && <CallFiguresLine run={run} />}
    </Modal>
  );
}
