"use client";

import { memo } from "react";
import { figures } from "@/lib/compare/results";
import { type BatchCall, cellKey } from "@/lib/store/batch-slice";
import type { LiveMessage } from "@/lib/stream/accumulate";
import type { Variant } from "@/lib/store/variants";
import { variantLabel } from "@/lib/store/variants";
import type { TestCase } from "@/lib/test-cases/test-cases";
import { ResultCell } from "./result-cell";
import { Totals } from "./result-totals";

interface RowProps {
  testCase: TestCase;
  row: number;
  variants: readonly Variant[];
  /** The row's calls, per variant. */
  cells: readonly (readonly BatchCall[])[];
  /** What each cell's first call has streamed so far, while it streams. */
  live: readonly (LiveMessage | undefined)[];
  /** The ticked cells' keys, of this row only. */
  ticked: readonly string[];
  onOpen: (row: number, variant: number) => void;
  onTick: (key: string, on: boolean) => void;
}

/** The test case column stays at the left while the grid scrolls sideways (four variants or more on a laptop), with the
 * panel's background so that cells pass under it, and a line at its edge. */
export const FIRST_COLUMN =
  "sticky left-0 z-[1] bg-white shadow-[1px_0_0_var(--color-slate-200)] dark:bg-slate-900 dark:shadow-[1px_0_0_var(--color-slate-700)]";

/** Unchanged while none of its cells changed: a batch's update redraws the row of the call it is about, not all. */
const same = (a: RowProps, b: RowProps) =>
  a.testCase === b.testCase &&
  a.row === b.row &&
  a.variants === b.variants &&
  a.onOpen === b.onOpen &&
  a.onTick === b.onTick &&
  a.cells.length === b.cells.length &&
  a.cells.every((calls, i) => calls === b.cells[i]) &&
  a.live.every((message, i) => message === b.live[i]) &&
  a.ticked.join() === b.ticked.join();

/** A test case's row of the results: its values, a cell per variant, and the row's total. */
export const ResultRow = memo(function ResultRow({
  testCase,
  row,
  variants,
  cells,
  live,
  ticked,
  onOpen,
  onTick,
}: RowProps) {
  return (
    <tr className="border-t border-slate-100 align-top dark:border-slate-800">
      <th scope="row" className={`${FIRST_COLUMN} px-2 py-2 text-left text-xs font-normal`}>
        <span className="font-medium">{row + 1}</span>
        <dl className="mt-0.5 space-y-0.5 text-muted">
          {Object.entries(testCase.values).map(([name, value]) => (
            <div key={name} className="flex gap-1">
              <dt className="font-mono">{name}:</dt>
              <dd className="line-clamp-2 break-words" title={value}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </th>
      {variants.map((variant, index) => (
        <td key={variant.id} className="px-1 py-1">
          <ResultCell
            calls={cells[index]}
            live={live[index]}
            row={row}
            variant={index}
            name={variantLabel(variant, index)}
            onOpen={onOpen}
            ticked={ticked.includes(cellKey(row, index))}
            onTick={onTick}
          />
        </td>
      ))}
      <td className="px-2 py-2">
        <Totals sum={figures(cells.flat())} />
      </td>
    </tr>
  );
}, same);
