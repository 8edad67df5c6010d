"use client";

import { Fragment, useId, useMemo, useState } from "react";
import type { RunState } from "@/lib/store/run-slice";
import type { RawEvent } from "@/lib/stream/event-log";
import { summarizeEvent } from "@/lib/stream/event-summary";
import { CopyButton } from "./copy-button";
import { formatNumber } from "@/lib/format/number";

/** Rows drawn at most: a 32K-token reply has tens of thousands of events; Copy and Download take them all. */
const MAX_ROWS = 400;

/** Each event's line, made once: the table renders again on every update of a streaming call. */
const summaries = new WeakMap<RawEvent, string>();
function summaryOf(event: RawEvent): string {
  let summary = summaries.get(event);
  if (summary === undefined) summaries.set(event, (summary = summarizeEvent(event.name, event.raw)));
  return summary;
}

const asSse = (events: RawEvent[]) => events.map((e) => `event: ${e.name}\ndata: ${e.raw}\n\n`).join("");
// The log keeps events as raw text: their JSON is parsed here, on demand.
function dataOf(event: RawEvent): unknown {
  try {
    return JSON.parse(event.raw);
  } catch {
    return event.raw;
  }
}
/** An event's data as indented JSON (or its text, when it is not JSON), for reading one event whole. */
const pretty = (event: RawEvent) => {
  const data = dataOf(event);
  return typeof data === "string" ? data : JSON.stringify(data, null, 2);
};
const asJsonLines = (events: RawEvent[]) =>
  events.map((e) => JSON.stringify({ at_ms: Math.round(e.at * 10) / 10, event: e.name, data: dataOf(e) })).join("\n") +
  "\n";

/** The raw SSE events of the run with their arrival times; rendered only while open. */
export function EventInspector({ run }: { run: RunState }) {
  const [open, setOpen] = useState(false);
  const count = run.eventCount ?? 0;
  // A request without `stream: true` has no events to show (its reply came whole), which "0 events" left unexplained.
  const wholeReply =
    count === 0 && run.status !== "streaming" && run.request !== undefined && run.request.stream !== true;
  return (
    <details
      className="rounded-md border border-slate-200 text-xs dark:border-slate-800"
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary className="cursor-pointer px-2 py-1 text-muted">
        Event inspector ({wholeReply ? "no events: sent without stream" : `${formatNumber(count)} events`})
      </summary>
      {open && <EventTable events={run.events ? run.events.list().slice(0, count) : []} runId={run.id} />}
    </details>
  );
}

/** A call's events: filterable by type, one line each that opens to the data whole, copyable and downloadable. The
 * transcript's inspector shows the running call's; a past call's dialog (History) shows the recorded ones. */
export function EventTable({
  events,
  runId,
  label = "Event inspector",
}: {
  events: RawEvent[];
  runId: string;
  label?: string;
}) {
  const [filter, setFilter] = useState("all");
  // Rows opened to show their data whole, by position in the filtered list (a new filter closes them).
  const [opened, setOpened] = useState<ReadonlySet<number>>(() => new Set());
  const toggle = (index: number) =>
    setOpened((before) => {
      const after = new Set(before);
      if (!after.delete(index)) after.add(index);
      return after;
    });
  const chooseFilter = (type: string) => {
    setFilter(type);
    setOpened(new Set());
  };
  const filterId = useId();
  const types = useMemo(() => Array.from(new Set(events.map((e) => e.name))), [events]);
  const shown = filter === "all" ? events : events.filter((e) => e.name === filter);
  const download = () => {
    const url = URL.createObjectURL(new Blob([asJsonLines(shown)], { type: "application/x-ndjson" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `events-${runId.slice(0, 8)}.jsonl`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-label={label} className="space-y-2 p-2 text-xs @container">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={filterId}>Event type</label>
        <select
          id={filterId}
          value={filter}
          onChange={(e) => chooseFilter(e.target.value)}
          className="field-input !w-auto !py-0.5 !text-xs"
        >
          <option value="all">all ({events.length})</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <span className="ml-auto flex gap-1">
          <CopyButton label="Copy events" caption="Copy events" text={() => asSse(shown)} />
          <button type="button" className="btn-small" onClick={download}>
            Download events
          </button>
        </span>
      </div>
      <table className="w-full table-fixed font-mono">
        <thead className="text-left text-muted">
          <tr>
            <th className="w-12 font-normal @xl:w-16">ms</th>
            <th className="hidden w-40 font-normal @xl:table-cell">event</th>
            <th className="font-normal">
              <span className="@xl:hidden">event, </span>data
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, MAX_ROWS).map((e, i) => {
            const summary = summaryOf(e);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the event log only grows; a row is its event's place in it
              <Fragment key={i}>
                <tr className="align-top" data-testid="event-row">
                  <td className="tabular-nums">{e.at.toFixed(1)}</td>
                  {/* In a narrow inspector (a phone, the transcript column of a laptop) the name goes above the data, which beside it got a column too narrow to read. */}
                  <td className="hidden truncate @xl:table-cell">{e.name}</td>
                  <td>
                    <span className="block truncate text-muted @xl:hidden">{e.name}</span>
                    {/* One line until opened, saying what the event carries (event-summary.ts); opened, its data whole. */}
                    <button
                      type="button"
                      aria-expanded={opened.has(i)}
                      aria-label={`Data of event ${i + 1} (${e.name})`}
                      onClick={() => toggle(i)}
                      title={summary}
                      className="block w-full truncate text-left hover:underline"
                      data-testid="event-summary"
                    >
                      {summary}
                    </button>
                  </td>
                </tr>
                {opened.has(i) && (
                  <tr>
                    {/* The whole width: the data column alone is too narrow for indented JSON. */}
                    <td colSpan={3}>
                      <pre
                        className="mb-1 max-h-80 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 dark:bg-slate-900"
                        data-testid="event-data"
                      >
                        {pretty(e)}
                      </pre>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {shown.length > MAX_ROWS && (
        <p className="text-muted">{formatNumber(shown.length - MAX_ROWS)} more: Copy or Download gives every event.</p>
      )}
    </section>
  );
}
