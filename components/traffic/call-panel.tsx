"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { RunView } from "@/components/transcript/run-view";
import { loadDraft } from "@/components/hooks/use-draft";
import { apiFetch } from "@/lib/client/api-fetch";
import { formatCallTime } from "@/lib/format/date";
import type { RequestBody } from "@/lib/messages/types";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { clientName } from "@/lib/traffic/traffic-client";
import { recordedRun } from "@/lib/traffic/recorded-run";
import type { RecordedCall, UnreadableCall } from "@/lib/traffic/types";
import { DASH, formatMs, formatTokens, formatUsd } from "@/lib/usage/format";

type Loaded = { call: RecordedCall } | { unreadable: string } | { error: string };

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="truncate font-mono text-sm" title={typeof value === "string" ? value : undefined}>
        {value}
      </dd>
    </div>
  );
}

/** One recorded call opened: what it sent, its reply drawn by the transcript, its usage, cost and timing; and the way
 * back into the playground (never running it). */
export function CallPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const router = useRouter();
  useEffect(() => {
    let live = true;
    setLoaded(null);
    apiFetch(`/api/traffic/${encodeURIComponent(id)}`)
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as
          | RecordedCall
          | UnreadableCall
          | { error?: { message?: string } }
          | null;
        if (!live) return;
        if (body && "unreadable" in body) setLoaded({ unreadable: body.unreadable });
        else if (!response.ok || !body || !("id" in body))
          setLoaded({ error: (body as { error?: { message?: string } })?.error?.message ?? `HTTP ${response.status}` });
        else setLoaded({ call: body });
      })
      .catch((e) => live && setLoaded({ error: (e as Error).message }));
    return () => {
      live = false;
    };
  }, [id]);

  const call = loaded && "call" in loaded ? loaded.call : undefined;
  const run = useMemo(() => (call ? recordedRun(call) : undefined), [call]);
  const request = call?.request && typeof call.request === "object" ? (call.request as RequestBody) : undefined;

  const open = async (compare: boolean) => {
    if (!request || !call) return;
    // What it replaces is the user's own draft, read first (and kept in memory for the playground's page).
    await loadDraft();
    const store = usePlaygroundStore.getState();
    if (compare) store.compareRequest(request, call.betas);
    else {
      store.replaceRequest(request);
      store.setBetas(call.betas);
    }
    router.push("/");
  };

  const title = call ? `Call of ${formatCallTime(call.startedAt)}` : "Recorded call";
  return (
    <section aria-label={title} className="panel flex min-h-0 flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 className="text-sm font-semibold">{title}</h2>
        <div className="ml-auto flex flex-wrap gap-2">
          <button
            type="button"
            className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
            disabled={!request}
            title={request ? "Load this request into the editor (it is not run)" : "This call's request is not JSON"}
            onClick={() => void open(false)}
          >
            Open in playground
          </button>
          <button
            type="button"
            className="btn-secondary"
            disabled={!request}
            title="Open it as variant 1 of a comparison, with variant 2 a copy to change"
            onClick={() => void open(true)}
          >
            Compare
          </button>
          <button type="button" className="btn-secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      <div className="min-h-0 flex-1 space-y-3 overflow-y-auto p-3">
        {loaded === null && <p className="text-sm text-muted">Loading…</p>}
        {loaded && "unreadable" in loaded && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            This call cannot be opened: {loaded.unreadable}
          </p>
        )}
        {loaded && "error" in loaded && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            The call could not be read: {loaded.error}
          </p>
        )}
        {call && run && (
          <>
            <dl className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-4">
              <Fact label="Status" value={`${call.status}${call.errorType ? ` · ${call.errorType}` : ""}`} />
              <Fact label="Model" value={call.model ?? DASH} />
              <Fact label="Client" value={clientName(call.userAgent)} />
              <Fact label="Key" value={call.keySource ?? DASH} />
              <Fact label="Input tokens" value={formatTokens(call.usage?.input_tokens)} />
              <Fact label="Output tokens" value={formatTokens(call.usage?.output_tokens)} />
              <Fact
                label="Cache read / write"
                value={`${formatTokens(call.usage?.cache_read_input_tokens ?? 0)} / ${formatTokens(call.usage?.cache_creation_input_tokens ?? 0)}`}
              />
              <Fact label="Cost" value={call.costUsd === null ? "unknown" : formatUsd(call.costUsd)} />
              <Fact label="First byte" value={formatMs(call.firstByteMs)} />
              <Fact label="First token" value={formatMs(call.firstTokenMs)} />
              <Fact label="Total time" value={formatMs(call.totalMs)} />
              <Fact label="Attempts" value={call.attempts ?? DASH} />
              <Fact label="Request id" value={call.requestId ?? DASH} />
              <Fact label="User-agent" value={call.userAgent ?? DASH} />
              <Fact label="Betas" value={call.betas.length ? call.betas.join(", ") : DASH} />
              <Fact
                label="Bytes in / out"
                value={`${call.requestBytes} / ${call.responseBytes}${call.truncated ? " (truncated)" : ""}`}
              />
            </dl>
            {call.errorMessage && (
              <p className="text-sm text-red-700 dark:text-red-400">
                {call.errorType}: {call.errorMessage}
              </p>
            )}
            <details className="rounded-md border border-slate-200 dark:border-slate-700" open>
              <summary className="cursor-pointer px-3 py-1.5 text-sm font-medium">Request JSON</summary>
              <pre
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box the keyboard must reach
                tabIndex={0}
                role="region"
                aria-label="Recorded request"
                className="max-h-72 overflow-auto border-t border-slate-200 p-2 font-mono text-xs whitespace-pre-wrap dark:border-slate-700"
              >
                {call.request !== null ? JSON.stringify(call.request, null, 2) : (call.requestText ?? "(no body)")}
              </pre>
            </details>
            <div aria-label="Recorded reply" role="group" className="space-y-3 text-sm leading-relaxed">
              <RunView run={run} readOnly />
            </div>
          </>
        )}
      </div>
    </section>
  );
}
