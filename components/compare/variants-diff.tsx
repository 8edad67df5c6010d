"use client";

import { useId, useState } from "react";
import { sentRequest } from "@/lib/run/run-plan";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { variantLabel } from "@/lib/store/variants";
import { DiffDialog } from "../diff/diff-dialog";
import { sideOfRun } from "./diff-sides";

/** Two variants in the Diff dialog: their requests as sent, and their latest replies once they ran. */
export function VariantsDiff() {
  const variants = usePlaygroundStore((s) => s.variants);
  const [pair, setPair] = useState<[number, number]>([0, 1]);
  const [open, setOpen] = useState(false);
  const aId = useId();
  const bId = useId();
  if (variants.length < 2) return null;
  const [a, b] = pair.map((i) => Math.min(i, variants.length - 1));
  const side = (index: number) => {
    const state = usePlaygroundStore.getState();
    const variant = state.variants[index];
    const runId = state.latestRunOf[variant.id];
    const request = sentRequest(variant.request, state.variableValues);
    return sideOfRun(variantLabel(variant, index), runId ? state.runs[runId] : undefined, request);
  };
  const select = (which: 0 | 1, id: string) => (
    <select
      id={id}
      className="field-input-sm"
      value={which === 0 ? a : b}
      onChange={(e) => setPair(which === 0 ? [Number(e.target.value), b] : [a, Number(e.target.value)])}
    >
      {variants.map((variant, index) => (
        <option key={variant.id} value={index}>
          {variantLabel(variant, index)}
        </option>
      ))}
    </select>
  );
  return (
    <div role="group" aria-label="Diff two variants" className="flex flex-wrap items-center gap-1.5 text-xs">
      <span aria-hidden className="font-medium text-slate-600 dark:text-slate-400">
        Diff two variants:
      </span>
      <label htmlFor={aId} className="text-muted">
        A
      </label>
      {select(0, aId)}
      <label htmlFor={bId} className="text-muted">
        B
      </label>
      {select(1, bId)}
      <button type="button" className="btn-small" disabled={a === b} onClick={() => setOpen(true)}>
        Diff
      </button>
      {open && <DiffDialog a={side(a)} b={side(b)} onClose={() => setOpen(false)} />}
    </div>
  );
}
