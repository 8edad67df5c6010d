"use client";

import type { PublicConfig } from "@/lib/public-config";
import { ParameterPanel } from "./parameter-panel";
import { RequestEditor } from "./editor/request-editor";
import { RunControls } from "./run-controls";
import { Transcript } from "./transcript/transcript";
import { UsagePanel } from "./usage-panel";
import { useRun } from "./hooks/use-run";

export function Playground({ config }: { config: PublicConfig }) {
  const run = useRun();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-base font-semibold tracking-tight">Messages Playground</h1>
        {config.mode === "simulator" ? (
          <span
            className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
            title="No API key is configured: replies come from the built-in simulator"
          >
            Simulator
          </span>
        ) : (
          <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">Live API</span>
        )}
        <div className="ml-auto">
          <RunControls running={run.running} onRun={run.start} onStop={run.stop} />
        </div>
      </header>
      <main className="grid flex-1 gap-3 p-3 lg:grid-cols-[18rem_minmax(0,1fr)_minmax(0,1fr)]">
        <ParameterPanel />
        <RequestEditor />
        <div className="flex min-w-0 flex-col gap-3">
          <Transcript />
          <UsagePanel />
        </div>
      </main>
    </div>
  );
}
