"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-mono text-sm tabular-nums">{value}</dd>
    </div>
  );
}

const count = (n: number | null | undefined) => (n === null || n === undefined ? "—" : n.toLocaleString("en-US"));
const ms = (n: number | undefined) => (n === undefined ? "—" : `${Math.round(n).toLocaleString("en-US")} ms`);

export function UsagePanel() {
  const run = usePlaygroundStore((s) => (s.activeRunId ? s.runs[s.activeRunId] : undefined));
  const usage = run?.message?.usage;
  return (
    <section aria-label="Usage" className="panel">
      <h2 className="panel-title">Usage</h2>
      <dl className="grid grid-cols-3 gap-3 p-3 sm:grid-cols-4">
        <Figure label="Input tokens" value={count(usage?.input_tokens)} />
        <Figure label="Output tokens" value={count(usage?.output_tokens)} />
        <Figure label="Cache write" value={count(usage?.cache_creation_input_tokens)} />
        <Figure label="Cache read" value={count(usage?.cache_read_input_tokens)} />
        <Figure label="First token" value={ms(run?.firstTokenMs)} />
        <Figure label="Total time" value={ms(run?.totalMs)} />
        <Figure label="Key" value={run?.keySource ?? "—"} />
      </dl>
    </section>
  );
}
