"use client";

import { runEditor } from "@/lib/run/runs";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { formatUsd } from "@/lib/usage/format";
import { Modal, buttonClass, primaryButtonClass } from "../presets/modal";

/** Before a run whose worst case costs more than the threshold: how many calls and how much at most, and the choice.
 * A warning, never a refusal. */
export function RunConfirmation() {
  const ask = usePlaygroundStore((s) => s.runConfirmation);
  if (!ask) return null;
  const close = () => usePlaygroundStore.getState().askRunConfirmation(null);
  const threshold = usePlaygroundStore.getState().confirmAboveUsd;
  return (
    <Modal title="Run all these calls?" onClose={close}>
      <p>
        This run makes <strong>{ask.calls}</strong> calls. If every reply ran to its max_tokens, it would cost up to{" "}
        <strong>{formatUsd(ask.worstUsd)}</strong>
        {ask.unknownCost ? `, plus ${ask.unknownCost} calls whose model has no known price` : ""}: more than the{" "}
        {formatUsd(threshold)} above which the playground asks (Run settings).
      </p>
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass} onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          data-autofocus
          className={primaryButtonClass}
          onClick={() => {
            close();
            void runEditor({ confirmed: true });
          }}
        >
          Run {ask.calls} calls
        </button>
      </div>
    </Modal>
  );
}
