"use client";

import { memo, useState } from "react";
import { sortRows, tagsText, totals, type CallRow, type SortColumn, type SortDirection } from "@/lib/history/table";
import { formatCallTime } from "@/lib/format/date";
import { formatCost, formatMs, formatTokens, formatUsd } from "@/lib/usage/format";
import { approx } from "@/lib/usage/run-usage";

const ESTIMATED = "Estimated from the text received: the stream ended before the API reported its output tokens";

const COLUMNS: { id: SortColumn; label: string; numeric?: boolean }[] = [
  { id: "time", label: "Time" },
  { id: "model", label: "Model" },
  { id: "status", label: "Status" },
  { id: "input", label: "Input", numeric: true },
  { id: "cacheWrite", label: "Cache write", numeric: true },
  { id: "cacheRead", label: "Cache read", numeric: true },
  { id: "output", label: "Output", numeric: true },
  { id: "cost", label: "Cost", numeric: true },
  { id: "ttft", label: "First token", numeric: true },
  { id: "total", label: "Total time", numeric: true },
];

function cells(row: CallRow): Record<SortColumn, string> {
  const { call, tokens } = row;
  return {
    time: formatCallTime(call.startedAt),
    model: call.model,
    // A failed call's HTTP status tells a 429 from a 529 without opening it.
    status:
      call.status === "done"
        ? (call.stopReason ?? "done")
        : call.httpStatus && call.httpStatus >= 400
          ? `${call.status} ${call.httpStatus}`
          : call.status,
    input: formatTokens(tokens.input),
    cacheWrite: formatTokens(tokens.cacheWrite5m + tokens.cacheWrite1h),
    cacheRead: formatTokens(tokens.cacheRead),
    output: approx(call.outputEstimated, formatTokens(tokens.output)),
    cost: approx(call.outputEstimated && row.cost.known, formatCost(row.cost)),
    ttft: formatMs(call.firstTokenMs),
    total: formatMs(call.totalMs),
  };
}

/** One call's row. Memoised: rows keep their objects while history grows (history-panel.tsx), so a batch filed a few
 * calls at a time renders only the rows it adds. */
const HistoryRow = memo(function HistoryRow({
  row,
  tagged,
  checked,
  onOpen,
  onSelect,
}: {
  row: CallRow;
  tagged: boolean;
  checked: boolean;
  onOpen: (id: string) => void;
  onSelect: (id: string, selected: boolean) => void;
}) {
  const text = cells(row);
  return (
    <tr className="border-b border-slate-100 hover:bg-slate-50 dark:border-slate-800/60 dark:hover:bg-slate-800/40">
      {COLUMNS.map((c) => (
        <td
          key={c.id}
          className={`px-2 py-1.5 whitespace-nowrap ${c.numeric ? "text-right font-mono tabular-nums" : ""} ${c.id === "status" && row.call.status !== "done" ? "text-red-700 dark:text-red-400" : ""}`}
          title={row.call.outputEstimated && (c.id === "output" || c.id === "cost") ? ESTIMATED : undefined}
        >
          {text[c.id]}
        </td>
      ))}
      {tagged && <td className="px-2 py-1.5 text-xs whitespace-nowrap text-muted">{tagsText(row.call)}</td>}
      <td className="px-2 py-1 text-right whitespace-nowrap">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onSelect(row.call.id, e.target.checked)}
          aria-label={`Select call from ${text.time} to diff`}
          className="mr-1 align-middle"
        />
        <button
          type="button"
          onClick={() => onOpen(row.call.id)}
          aria-label={`Open call from ${text.time}`}
          className="rounded px-2 py-0.5 text-xs font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-950"
        >
          Open
        </button>
      </td>
    </tr>
  );
});

export function HistoryTable({
  rows,
  onOpen,
  selected,
  onSelect,
}: {
  rows: CallRow[];
  onOpen: (id: string) => void;
  /** The calls ticked to be compared (Diff). */
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
}) {
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({
    column: "time",
    direction: "descending",
  });
  const sorted = sortRows(rows, sort.column, sort.direction);
  const sum = totals(rows);
  // A call of a run of many says where it stands in it (run, variant, case, repeat).
  const tagged = rows.some((row) => row.call.tags);
  const toggle = (column: SortColumn) =>
    setSort((s) => ({
      column,
      direction: s.column === column && s.direction === "descending" ? "ascending" : "descending",
    }));

  return (
    // Positioned, so that it also holds the table's screen-reader text (absolutely positioned): outside it,
    // that text sat at the table's far edge and made the whole page scroll sideways on a phone.
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Past calls; column headers sort the table</caption>
        <thead className="border-b border-slate-200 text-xs text-muted dark:border-slate-800">
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.id}
                scope="col"
                aria-sort={sort.column === c.id ? sort.direction : "none"}
                className={`px-2 py-1.5 font-medium ${c.numeric ? "text-right" : "text-left"}`}
              >
                <button
                  type="button"
                  onClick={() => toggle(c.id)}
                  className="inline-flex items-center gap-1 hover:text-slate-900 dark:hover:text-slate-100"
                >
                  {c.label}
                  <span aria-hidden className="w-2">
                    {sort.column === c.id ? (sort.direction === "ascending" ? "▲" : "▼") : ""}
                  </span>
                </button>
              </th>
            ))}
            {tagged && (
              <th scope="col" className="px-2 py-1.5 text-left font-medium">
                Run
              </th>
            )}
            <th scope="col" className="px-2 py-1.5">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <HistoryRow
              key={row.call.id}
              row={row}
              tagged={tagged}
              checked={selected.has(row.call.id)}
              onOpen={onOpen}
              onSelect={onSelect}
            />
          ))}
        </tbody>
        <tfoot className="text-xs font-semibold">
          <tr>
            <th scope="row" colSpan={3} className="px-2 py-2 text-left">
              Total · {sum.calls} {sum.calls === 1 ? "call" : "calls"}
            </th>
            <td className="px-2 py-2 text-right font-mono tabular-nums">{formatTokens(sum.tokens.input)}</td>
            <td className="px-2 py-2 text-right font-mono tabular-nums">
              {formatTokens(sum.tokens.cacheWrite5m + sum.tokens.cacheWrite1h)}
            </td>
            <td className="px-2 py-2 text-right font-mono tabular-nums">{formatTokens(sum.tokens.cacheRead)}</td>
            <td className="px-2 py-2 text-right font-mono tabular-nums">
              {approx(sum.estimatedOutput > 0, formatTokens(sum.tokens.output))}
            </td>
            <td
              className="px-2 py-2 text-right font-mono tabular-nums"
              title={sum.unknownCost ? `${sum.unknownCost} calls have no known price and are left out` : undefined}
            >
              {sum.calls === sum.unknownCost
                ? "unknown"
                : `${sum.unknownCost ? "≥ " : ""}${approx(sum.estimatedOutput > 0, formatUsd(sum.knownUsd))}`}
            </td>
            <td colSpan={tagged ? 4 : 3} className="px-2 py-2 text-right font-normal text-muted">
              {[
                sum.unknownCost ? `${sum.unknownCost} with unknown cost` : "",
                sum.estimatedOutput ? `${sum.estimatedOutput} with estimated output` : "",
              ]
                .filter(Boolean)
                .join(" · ")}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
