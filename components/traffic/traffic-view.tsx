"use client";

import Link from "next/link";
import { useState } from "react";
import { ThemeToggle } from "@/components/theme-toggle";
import { downloadText, stamp } from "@/components/usage/download";
import { apiFetch } from "@/lib/client/api-fetch";
import { formatCallTime } from "@/lib/format/date";
import type { PublicConfig } from "@/lib/public-config";
import { clientName, trafficCsv, trafficJsonl } from "@/lib/traffic/traffic-client";
import type { RecordedCall, RecordedCallSummary, TrafficFilter } from "@/lib/traffic/types";
import { DASH, formatMs, formatTokens, formatUsd } from "@/lib/usage/format";
import { CallPanel } from "./call-panel";
import { TrafficChart } from "./traffic-chart";
import { type ListedCall, useTraffic } from "./use-traffic";

const RANGES: { label: string; ms?: number }[] = [
  { label: "Any time" },
  { label: "Last 15 minutes", ms: 15 * 60_000 },
  { label: "Last hour", ms: 60 * 60_000 },
  { label: "Last 24 hours", ms: 24 * 60 * 60_000 },
  { label: "Last 7 days", ms: 7 * 24 * 60 * 60_000 },
];

function TextFilter(props: {
  label: string;
  width: string;
  value: string;
  search?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <label className="flex flex-col">
      <span className="field-label">{props.label}</span>
      <input
        type={props.search ? "search" : "text"}
        className={`field-input-sm ${props.width}`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

const readable = (call: ListedCall): call is RecordedCallSummary => !("unreadable" in call);

/** The Traffic view: every call the proxy recorded, live, with filters, totals, a chart, export, and one call opened. */
export function TrafficView({ config }: { config: PublicConfig }) {
  const [draft, setDraft] = useState({ model: "", status: "", client: "", q: "", range: 0 });
  const [filter, setFilter] = useState<TrafficFilter>({});
  const { calls, stats, error, loading, live, hasOlder, loadOlder, reload } = useTraffic(filter);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const apply = (next = draft) => {
    const ms = RANGES[next.range]?.ms;
    setFilter({
      model: next.model.trim() || undefined,
      status: next.status || undefined,
      client: next.client.trim() || undefined,
      q: next.q.trim() || undefined,
      from: ms ? Date.now() - ms : undefined,
    });
  };
  const change = (part: Partial<typeof draft>, now = false) => {
    const next = { ...draft, ...part };
    setDraft(next);
    if (now) apply(next);
  };

  const toggle = (id: string) =>
    setSelected((chosen) => {
      const next = new Set(chosen);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const readableCalls = calls.filter(readable);
  const allChosen = readableCalls.length > 0 && readableCalls.every((c) => selected.has(c.id));

  const exportAs = async (kind: "jsonl" | "csv") => {
    const chosen = readableCalls.filter((c) => selected.has(c.id));
    if (!chosen.length) return setNote("Tick the calls to export first.");
    if (kind === "csv") {
      downloadText(`traffic-${stamp()}.csv`, trafficCsv(chosen), "text/csv");
      return setNote(`Exported ${chosen.length} call(s) as CSV.`);
    }
    const whole: RecordedCall[] = [];
    for (const call of chosen) {
      const response = await apiFetch(`/api/traffic/${call.id}`);
      if (response.ok) whole.push(await response.json());
    }
    downloadText(`traffic-${stamp()}.jsonl`, trafficJsonl(whole), "application/x-ndjson");
    setNote(`Exported ${whole.length} call(s) as JSON Lines.`);
  };

  const clear = async () => {
    if (!window.confirm("Delete every recorded call from the server? This cannot be undone.")) return;
    const response = await apiFetch("/api/traffic", { method: "DELETE" });
    setNote(response.ok ? "The traffic log is empty." : `Clear failed (HTTP ${response.status}).`);
    setSelected(new Set());
    setOpenId(null);
    void reload();
  };

  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-base font-semibold tracking-tight">Messages Playground · Traffic</h1>
        {config.recordTraffic ? (
          <span
            className="rounded-full bg-rose-100 px-2 py-0.5 text-xs font-medium text-rose-900 dark:bg-rose-900/40 dark:text-rose-200"
            title="Every call to this server's /api/v1/messages is recorded (PLAYGROUND_RECORD_TRAFFIC)"
          >
            Recording traffic
          </span>
        ) : (
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300">
            Recording off
          </span>
        )}
        <span className="text-xs text-muted" aria-live="polite">
          {live ? "Live" : "Connecting…"}
        </span>
        <div className="ml-auto flex items-center gap-3">
          <ThemeToggle />
          <Link href="/" className="btn-secondary">
            Playground
          </Link>
        </div>
      </header>

      <main className="grid flex-1 gap-3 p-3 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-label="Traffic" className="panel flex min-w-0 flex-col">
          <h2 className="panel-title">Calls through the proxy</h2>
          <form
            className="flex flex-wrap items-end gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800"
            onSubmit={(e) => {
              e.preventDefault();
              apply();
            }}
          >
            <TextFilter label="Model" width="w-40" value={draft.model} onChange={(model) => change({ model })} />
            <label className="flex flex-col">
              <span className="field-label">Status</span>
              <select
                className="field-input-sm"
                value={draft.status}
                onChange={(e) => change({ status: e.target.value }, true)}
              >
                <option value="">All</option>
                <option value="ok">Succeeded (2xx)</option>
                <option value="error">Failed</option>
                <option value="429">429</option>
                <option value="499">499 (client went away)</option>
              </select>
            </label>
            <TextFilter label="Client" width="w-36" value={draft.client} onChange={(client) => change({ client })} />
            <TextFilter label="Search" width="w-44" search value={draft.q} onChange={(q) => change({ q })} />
            <label className="flex flex-col">
              <span className="field-label">Time</span>
              <select
                className="field-input-sm"
                value={draft.range}
                onChange={(e) => change({ range: Number(e.target.value) }, true)}
              >
                {RANGES.map((r, i) => (
                  <option key={r.label} value={i}>
                    {r.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="btn-secondary">
              Filter
            </button>
          </form>

          {stats && (
            <div className="flex flex-wrap items-center gap-4 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
              <dl aria-label="Totals" className="flex gap-4 text-sm">
                <div>
                  <dt className="text-xs text-muted">Calls</dt>
                  <dd className="font-mono" data-testid="traffic-total-calls">
                    {stats.totals.calls}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-muted">Errors</dt>
                  <dd className="font-mono">{stats.totals.errors}</dd>
                </div>
                <div>
                  <dt className="text-xs text-muted">Tokens in / out</dt>
                  <dd className="font-mono">
                    {formatTokens(stats.totals.inputTokens)} / {formatTokens(stats.totals.outputTokens)}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-muted">Cost</dt>
                  <dd className="font-mono">{formatUsd(stats.totals.costUsd)}</dd>
                </div>
              </dl>
              <TrafficChart stats={stats} />
            </div>
          )}

          <div className="flex flex-wrap items-center gap-2 px-3 py-2">
            <button type="button" className="btn-secondary" onClick={() => void exportAs("jsonl")}>
              Export JSON Lines
            </button>
            <button type="button" className="btn-secondary" onClick={() => void exportAs("csv")}>
              Export CSV
            </button>
            <button type="button" className="btn-secondary ml-auto" onClick={() => void clear()}>
              Clear
            </button>
          </div>
          {(note || error) && (
            <p role="status" className={`px-3 pb-2 text-sm ${error ? "text-red-700 dark:text-red-400" : "text-muted"}`}>
              {error ? `The traffic log could not be read: ${error}` : note}
            </p>
          )}

          <div
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box the keyboard must reach
            tabIndex={0}
            role="region"
            aria-label="Recorded calls"
            className="min-h-0 flex-1 overflow-auto"
          >
            <table className="w-full text-left text-sm">
              <thead className="sticky top-0 bg-white text-xs text-muted dark:bg-slate-900">
                <tr>
                  <th className="px-2 py-1">
                    <input
                      type="checkbox"
                      aria-label="Select all calls shown"
                      checked={allChosen}
                      onChange={() => setSelected(allChosen ? new Set() : new Set(readableCalls.map((c) => c.id)))}
                    />
                  </th>
                  <th className="px-2 py-1">Time</th>
                  <th className="px-2 py-1">Client</th>
                  <th className="px-2 py-1">Model</th>
                  <th className="px-2 py-1">Status</th>
                  <th className="px-2 py-1 text-right">In / out</th>
                  <th className="px-2 py-1 text-right">Cost</th>
                  <th className="px-2 py-1 text-right">First token / total</th>
                </tr>
              </thead>
              <tbody>
                {calls.map((call) =>
                  readable(call) ? (
                    <tr
                      key={call.id}
                      data-testid="traffic-row"
                      className={`border-t border-slate-100 dark:border-slate-800 ${openId === call.id ? "outline-2 -outline-offset-2 outline-indigo-500" : ""}`}
                    >
                      <td className="px-2 py-1">
                        <input
                          type="checkbox"
                          aria-label={`Select the call of ${formatCallTime(call.startedAt)}`}
                          checked={selected.has(call.id)}
                          onChange={() => toggle(call.id)}
                        />
                      </td>
                      <td className="px-2 py-1 whitespace-nowrap">
                        <button type="button" className="btn-link" onClick={() => setOpenId(call.id)}>
                          {formatCallTime(call.startedAt)}
                        </button>
                      </td>
                      <td className="max-w-40 truncate px-2 py-1" title={call.userAgent ?? undefined}>
                        {clientName(call.userAgent)}
                      </td>
                      <td className="max-w-48 truncate px-2 py-1 font-mono text-xs">{call.model ?? DASH}</td>
                      <td className="px-2 py-1 whitespace-nowrap">
                        <span className={call.status >= 400 ? "text-red-700 dark:text-red-400" : ""}>
                          {call.status}
                        </span>{" "}
                        <span className="text-xs text-muted">{call.stopReason ?? call.errorType ?? ""}</span>
                      </td>
                      <td className="px-2 py-1 text-right font-mono text-xs whitespace-nowrap">
                        {formatTokens(call.usage?.input_tokens)} / {formatTokens(call.usage?.output_tokens)}
                      </td>
                      <td className="px-2 py-1 text-right font-mono text-xs">
                        {call.costUsd === null ? DASH : formatUsd(call.costUsd)}
                      </td>
                      <td className="px-2 py-1 text-right font-mono text-xs whitespace-nowrap">
                        {formatMs(call.firstTokenMs)} / {formatMs(call.totalMs)}
                      </td>
                    </tr>
                  ) : (
                    <tr
                      key={call.id}
                      data-testid="traffic-row"
                      className="border-t border-slate-100 dark:border-slate-800"
                    >
                      <td />
                      <td className="px-2 py-1 whitespace-nowrap">{formatCallTime(call.startedAt)}</td>
                      <td colSpan={6} className="px-2 py-1 text-sm text-muted">
                        Cannot be opened: {call.unreadable}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
            {!loading && calls.length === 0 && (
              <p className="p-3 text-sm text-muted">
                No calls yet. Point any client at <code className="font-mono">{"<this server>/api"}</code> as its
                Messages endpoint (base URL), or press Run in the playground: each call shows here as it ends.
              </p>
            )}
            {hasOlder && (
              <button type="button" className="btn-secondary m-3" onClick={() => void loadOlder()}>
                Load older
              </button>
            )}
          </div>
        </section>

        {openId ? (
          <CallPanel key={openId} id={openId} onClose={() => setOpenId(null)} />
        ) : (
          <section aria-label="Recorded call" className="panel p-3 text-sm text-muted">
            Open a call (its time) to see its request, its reply as the transcript draws it, its events and its usage.
          </section>
        )}
      </main>
    </div>
  );
}
