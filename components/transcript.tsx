"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { LiveBlock } from "@/lib/stream/accumulate";

export function Transcript() {
  const run = usePlaygroundStore((s) => (s.activeRunId ? s.runs[s.activeRunId] : undefined));
  return (
    <section aria-label="Transcript" aria-live="polite" aria-busy={run?.status === "streaming"} className="panel min-h-48">
      <h2 className="panel-title">Transcript</h2>
      <div className="space-y-3 p-3 text-sm leading-relaxed">
        {!run && <p className="text-slate-500">Write a message and press Run (Ctrl/Cmd+Enter).</p>}
        {run?.message?.content.map((block, index) => <BlockView key={index} block={block} />)}
        {run?.status === "streaming" && !run.message?.content.length && <p className="text-slate-500">Waiting for the first token…</p>}
        {run?.message?.stop_reason && (
          <p className="text-xs text-slate-500">
            Stop reason: <span data-testid="stop-reason">{run.message.stop_reason}</span>
            {run.message.stop_sequence ? ` (“${run.message.stop_sequence}”)` : ""}
          </p>
        )}
        {run?.status === "stopped" && <p className="text-xs text-slate-500">Stopped: the reply above is what arrived.</p>}
        {run?.error && (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
            <strong className="font-semibold">{run.error.type}</strong>
            {run.error.status ? ` (HTTP ${run.error.status})` : ""}: {run.error.message}
          </div>
        )}
      </div>
    </section>
  );
}

function BlockView({ block }: { block: LiveBlock }) {
  switch (block.type) {
    case "text":
      return <p className="whitespace-pre-wrap" data-testid="text-block">{block.text}</p>;
    case "thinking":
      return (
        <details open className="rounded-md bg-slate-100 p-2 text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          <summary className="cursor-pointer text-xs font-medium">Thinking</summary>
          <p className="mt-1 whitespace-pre-wrap">{block.thinking}</p>
        </details>
      );
    case "tool_use":
      return (
        <div className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
          <p className="text-xs font-medium">Tool call: {block.name}</p>
          <pre className="mt-1 overflow-x-auto text-xs">{block.complete ? JSON.stringify(block.input, null, 2) : block.partialJson}</pre>
        </div>
      );
    default:
      return <pre className="overflow-x-auto text-xs">{JSON.stringify(block, null, 2)}</pre>;
  }
}
