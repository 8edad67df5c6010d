"use client";

import { type Batch, cellKey } from "@/lib/store/batch-slice";
import { variantLabel } from "@/lib/store/variants";
import { DiffDialog } from "../diff/diff-dialog";
import { sideOfRun } from "./diff-sides";
import { useCallRun } from "./use-call-run";

/** Two results cells in the Diff dialog (each cell's first call): their requests as sent and their replies. */
export function CellsDiff({ batch, cells, onClose }: { batch: Batch; cells: [string, string]; onClose: () => void }) {
  const [a, b] = cells.map((key) => key.split(":").map(Number) as [number, number]);
  const runA = useCallRun(batch, a[1], a[0], batch.cells[cellKey(a[0], a[1])]?.[0]);
  const runB = useCallRun(batch, b[1], b[0], batch.cells[cellKey(b[0], b[1])]?.[0]);
  const label = ([row, variant]: [number, number]) =>
    `Test case ${row + 1} · ${variantLabel(batch.variants[variant], variant)}`;
  return <DiffDialog a={sideOfRun(label(a), runA)} b={sideOfRun(label(b), runB)} onClose={onClose} />;
}
