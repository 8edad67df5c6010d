"use client";

import { useEffect, useRef } from "react";
import { recordedEvents, type CallDetails, type CallSummary, type RecordedEvent } from "@/lib/history/record";
import type { RequestBody } from "@/lib/messages/types";
import { formatNumber } from "@/lib/format/number";
import { formatCallTime } from "@/lib/format/date";
import { EventTable } from "@/components/transcript/event-inspector";

const json = (value: unknown) => JSON.stringify(value, null, 2);

function Section({ title, children, open }: { title: string; children: React.ReactNode; open?: boolean }) {
  return (
    <details open={open} className="rounded-md border border-slate-200 dark:border-slate-700">
      <summary className="cursor-pointer px-3 py-1.5 text-sm font-medium">{title}</summary>
      {/* A scroll box: focusable and named, so that a keyboard can scroll it (axe: scrollable-region-focusable). */}
      <div
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box the keyboard must reach
        tabIndex={0}
        role="region"
        aria-label={title}
        className="max-h-80 overflow-auto border-t border-slate-200 p-2 dark:border-slate-700"
      >
        {children}
      </div>
    </details>
  );
}

/** A past call: its request, reply and events, shown as text (model output is untrusted), and loadable into the editor. */
export function CallDialog({
  summary,
  details,
  onLoad,
  onClose,
}: {
  summary: CallSummary;
  details: CallDetails | null | undefined;
  /** Loads the call's request, with the beta features it was sent with. */
  onLoad: (request: RequestBody, betas: string[]) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const title = `Call of ${formatCallTime(summary.startedAt)}`;
  return (
    <dialog
      ref={ref}
      aria-label={title}
      onClose={onClose}
      className="m-auto w-[min(56rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center gap-3 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <h3 className="text-sm font-semibold">{title}</h3>
        <span className="font-mono text-xs text-muted">
          {summary.model} · {summary.requestId ?? "no request-id"}
        </span>
        <div className="ml-auto flex gap-2">
          <button
            type="button"
            disabled={!details}
            onClick={() => details && onLoad(details.request, details.betas ?? [])}
            className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
          >
            Load into editor
          </button>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-700"
          >
            Close
          </button>
        </div>
      </div>
      <div className="space-y-2 p-4">
        {details === undefined && <p className="text-sm text-muted">Loading…</p>}
        {details === null && <p className="text-sm text-red-700">This call's details are no longer stored.</p>}
        {details && (
          <>
            <Section title="Request" open>
              {details.betas?.length ? (
                <p className="mb-2 text-xs">
                  Sent with <span className="font-mono">anthropic-beta: {details.betas.join(",")}</span>
                </p>
              ) : null}
              <pre className="text-xs whitespace-pre-wrap">{json(details.request)}</pre>
            </Section>
            <Section title={details.error ? "Reply and error" : "Reply"}>
              {details.error && (
                <p className="mb-2 text-xs text-red-700 dark:text-red-400">
                  {details.error.type}: {details.error.message}
                </p>
              )}
              <pre className="text-xs whitespace-pre-wrap">{details.reply ? json(details.reply) : "No reply."}</pre>
            </Section>
            <EventList events={recordedEvents(details)} callId={details.id} />
          </>
        )}
      </div>
    </dialog>
  );
}

function EventList({ events, callId }: { events: RecordedEvent[]; callId: string }) {
  return (
    <Section title={`Events (${formatNumber(events.length)})`}>
      <EventTable events={events} runId={callId} label="Events of this call" />
    </Section>
  );
}
