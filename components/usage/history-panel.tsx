"use client";

import { useCallback, useId, useMemo, useState } from "react";
import { historyCsv, historyJson } from "@/lib/history/export";
import { clearHistory, loadAllCalls, loadCallDetails } from "@/lib/history/history-client";
import type { CallDetails, CallSummary } from "@/lib/history/record";
import { batchesOf, toRow, type CallRow } from "@/lib/history/table";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { HistoryDiffDialog } from "../diff/history-diff-dialog";
import { useModelLookup } from "../hooks/use-model-lookup";
import { CallDialog } from "./call-dialog";
import { downloadText, stamp } from "./download";
import { HistoryChart } from "./history-chart";
import { HistoryTable } from "./history-table";

const button =
  "rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

/** Every past call in this browser: chart, sortable table with totals, open and reload, export, clear. */
export function HistoryPanel() {
  const calls = usePlaygroundStore((s) => s.history);
  const status = usePlaygroundStore((s) => s.historyStatus);
  const error = usePlaygroundStore((s) => s.historyError);
  const models = useModelLookup();
  // The calls of one run of many (variants, test cases, repeats), or all.
  const [batch, setBatch] = useState("");
  const batches = useMemo(() => batchesOf(calls), [calls]);
  const shown = useMemo(() => (batch ? calls.filter((c) => c.tags?.batch === batch) : calls), [calls, batch]);
  // A call's row is made once (per prices): the table's rows keep their objects, so a batch filed a few calls at a
  // time renders only its new rows (history-table.tsx).
  const rowOf = useMemo(() => {
    const made = new WeakMap<CallSummary, CallRow>();
    return (call: CallSummary) => {
      let row = made.get(call);
      if (!row) made.set(call, (row = toRow(call, models)));
      return row;
    };
  }, [models]);
  const rows = useMemo(() => shown.map(rowOf), [shown, rowOf]);
  const [open, setOpen] = useState<{ id: string; details: CallDetails | null | undefined } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [diffing, setDiffing] = useState(false);
  const hintId = useId();
  const chosen = calls.filter((c) => ticked.has(c.id));
  const openSummary = open && calls.find((c) => c.id === open.id);

  const openCall = useCallback((id: string) => {
    setOpen({ id, details: undefined });
    loadCallDetails(id)
      .then((details) => setOpen((o) => (o?.id === id ? { id, details: details ?? null } : o)))
      .catch(() => setOpen((o) => (o?.id === id ? { id, details: null } : o)));
  }, []);
  const tick = useCallback(
    (id: string, on: boolean) =>
      setTicked((t) => {
        const next = new Set(t);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const exportJson = async () => {
    const all = await loadAllCalls(calls).catch(() => calls.map((summary) => ({ summary })));
    downloadText(`playground-history-${stamp()}.json`, historyJson(all), "application/json");
  };
  const clear = async () => {
    setConfirming(false);
    await clearHistory().catch(() => {});
    usePlaygroundStore.getState().setHistory([], status === "unavailable" ? "unavailable" : "ready", error);
    usePlaygroundStore.getState().setLastRequest(null);
  };

  return (
    <section aria-label="History" className="panel">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 className="text-sm font-semibold">History</h2>
        <span className="text-xs text-muted">
          {calls.length ? `${calls.length} ${calls.length === 1 ? "call" : "calls"}, kept in this browser` : ""}
        </span>
        {calls.length > 1 && (
          <span id={hintId} className="text-xs text-muted">
            {chosen.length === 2 ? "· Diff compares the two ticked calls" : "· tick two calls to Diff them"}
          </span>
        )}
        <div className="ml-auto flex flex-wrap gap-2">
          {batches.length > 0 && (
            <select
              aria-label="Show the calls of"
              className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-700 dark:bg-slate-900"
              value={batch}
              onChange={(e) => setBatch(e.target.value)}
            >
              <option value="">All calls</option>
              {batches.map((b) => (
                <option key={b.id} value={b.id}>
                  Run {b.number}
                </option>
              ))}
            </select>
          )}
          <button
            type="button"
            className={button}
            disabled={chosen.length !== 2}
            aria-describedby={calls.length > 1 ? hintId : undefined}
            onClick={() => setDiffing(true)}
          >
            Diff
          </button>
          <button
            type="button"
            className={button}
            disabled={!calls.length}
            onClick={() =>
              downloadText(`playground-history-${stamp()}.csv`, historyCsv(rows), "text/csv;charset=utf-8")
            }
          >
            Export CSV
          </button>
          <button type="button" className={button} disabled={!calls.length} onClick={exportJson}>
            Export JSON
          </button>
          {confirming ? (
            <>
              <button type="button" className={`${button} border-red-300 text-red-700`} onClick={clear}>
                Confirm clear
              </button>
              <button type="button" className={button} onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <button type="button" className={button} disabled={!calls.length} onClick={() => setConfirming(true)}>
              Clear history
            </button>
          )}
        </div>
      </div>
      {error && (
        <p role="status" className="px-3 pt-2 text-xs text-amber-800 dark:text-amber-300">
          {error}
        </p>
      )}
      {status === "loading" && !calls.length && <p className="p-3 text-sm text-muted">Loading history…</p>}
      {status !== "loading" && !calls.length && (
        <p className="p-3 text-sm text-muted">
          No calls yet. Each call you run is recorded here, with its tokens, cost and timing.
        </p>
      )}
      {calls.length > 0 && (
        <div className="space-y-4 p-3">
          <HistoryChart rows={rows} />
          <HistoryTable rows={rows} onOpen={openCall} selected={ticked} onSelect={tick} />
        </div>
      )}
      {diffing && chosen.length === 2 && (
        <HistoryDiffDialog calls={[chosen[0], chosen[1]]} onClose={() => setDiffing(false)} />
      )}
      {open && openSummary && (
        <CallDialog
          key={open.id}
          summary={openSummary}
          details={open.details}
          onClose={() => setOpen(null)}
          onLoad={(request, betas) => {
            usePlaygroundStore.getState().replaceRequest(request);
            usePlaygroundStore.getState().setBetas(betas);
            setOpen(null);
          }}
        />
      )}
    </section>
  );
}
