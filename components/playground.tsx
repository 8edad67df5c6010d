"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { Suspense, useEffect } from "react";
import type { PublicConfig } from "@/lib/public-config";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { loadDraft } from "./hooks/use-draft";
import { useUsable } from "./hooks/use-usable";
import { VariablesPanel } from "./compare/variables-panel";
import { VariantBar } from "./compare/variant-bar";
import { ParameterPanel } from "./parameter-panel";
import { RequestEditor } from "./editor/request-editor";
import { RunControls } from "./run-controls";
import { ThemeToggle } from "./theme-toggle";
import { Transcript } from "./transcript/transcript";
import { UsagePanel } from "./usage/usage-panel";
import { CredentialsSettings } from "./settings/credentials-settings";
import { PresetToolbar } from "./presets/preset-toolbar";

// What a single request's first view does not need loads after Run is usable: a comparison's outputs (its columns,
// the results grid, Diff), the run confirmation, the test cases and the history below the fold.
const CompareOutputs = dynamic(() => import("./compare/compare-outputs").then((m) => m.CompareOutputs), {
  ssr: false,
});
const RunConfirmation = dynamic(() => import("./compare/run-confirmation").then((m) => m.RunConfirmation), {
  ssr: false,
});
const TestCasesPanel = dynamic(() => import("./compare/test-cases-panel").then((m) => m.TestCasesPanel), {
  ssr: false,
});
const HistoryPanel = dynamic(() => import("./usage/history-panel").then((m) => m.HistoryPanel), { ssr: false });

/** A comparison: several variants, test cases, or repeats. Otherwise the page is the single request it always was. */
const comparing = (s: { variants: unknown[]; testCases: unknown[]; repeats: number }) =>
  s.variants.length > 1 || s.testCases.length > 0 || s.repeats > 1;

export function Playground({ config }: { config: PublicConfig }) {
  const compare = usePlaygroundStore(comparing);
  const usable = useUsable();
  useEffect(() => void loadDraft(), []);
  return (
    <div className="min-h-screen">
      {/* On wide screens the header and the columns fill exactly one viewport, however many rows the header wraps
          to; the history sits below, a scroll away. */}
      <div className="flex flex-col lg:h-screen">
        <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
          <h1 className="text-base font-semibold tracking-tight">Messages Playground</h1>
          {config.mode === "simulator" ? (
            <span
              className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
              title="No API key is configured: replies come from the built-in simulator"
            >
              Simulator
            </span>
          ) : (
            <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">
              Live API
            </span>
          )}
          <Link
            href="/traffic"
            className="text-sm text-indigo-700 hover:underline dark:text-indigo-300"
            title={
              config.recordTraffic
                ? "Every call through this server's proxy is recorded: see them in the Traffic view"
                : "The Traffic view (recording is off on this server)"
            }
          >
            Traffic
            {config.recordTraffic && <span className="ml-1 text-xs text-rose-700 dark:text-rose-300">● recording</span>}
          </Link>
          <Suspense fallback={null}>
            <PresetToolbar />
          </Suspense>
          {/* One group that does not wrap, so Run never goes alone onto a row below Keys, where the Keys popover
              would cover it. Its basis is 0 and Run's reason has no width of its own (a size container): the group
              asks for its buttons' room and fills the rest of its row. On a phone it may wrap rather than scroll sideways. */}
          <div className="flex flex-1 basis-0 items-center gap-3 max-sm:flex-wrap max-sm:gap-2">
            <ThemeToggle />
            <CredentialsSettings config={config} />
            <RunControls />
          </div>
        </header>
        {/* Boundaries that React hydrates after the header: Run works (its handler attached) before the panels below
            have hydrated, and a click on them in between is replayed once they have. */}
        <Suspense fallback={null}>
          <VariantBar />
          <Main compare={compare} usable={usable} />
        </Suspense>
      </div>
      <div className="px-3 pb-3">{usable && <HistoryPanel />}</div>
      {usable && <RunConfirmation />}
    </div>
  );
}

/**
 * One request: the panel, its JSON, and its transcript with its usage, in three columns. A comparison: the selected
 * variant's panel above its JSON, and beside them what the run is made of (variables, test cases) and what it gives
 * (the variants' columns, or the results grid), then the selected variant's usage. The panel and the JSON editor keep
 * their place in the tree in both (wrappers that do not lay out in one of them), so that turning a request into a
 * comparison never rebuilds the editor.
 */
function Main({ compare, usable }: { compare: boolean; usable: boolean }) {
  // Without test cases yet, their panel (an invitation) goes under the outputs rather than push them down.
  const hasCases = usePlaygroundStore((s) => s.testCases.length > 0);
  return (
    <main
      className={`grid flex-1 gap-3 p-3 lg:min-h-0 lg:grid-rows-[minmax(0,1fr)] lg:overflow-hidden ${compare ? "lg:grid-cols-[26rem_minmax(0,1fr)]" : "lg:grid-cols-[24rem_minmax(0,1fr)_minmax(0,1fr)]"}`}
    >
      <div
        className={
          compare
            ? "flex min-w-0 flex-col gap-3 lg:min-h-0 [&>section:first-child]:lg:min-h-0 [&>section:first-child]:lg:flex-1"
            : "contents"
        }
      >
        <ParameterPanel />
        <div
          className={compare ? "flex min-h-[28rem] flex-col *:flex-1 lg:h-[40%] lg:min-h-0 lg:shrink-0" : "contents"}
        >
          <RequestEditor />
        </div>
      </div>
      <div className="flex min-w-0 flex-col gap-3 *:shrink-0 lg:overflow-y-auto">
        <VariablesPanel />
        {compare ? (
          <>
            {hasCases && <TestCasesPanel />}
            <CompareOutputs />
            <UsagePanel />
            {!hasCases && <TestCasesPanel />}
          </>
        ) : (
          <>
            <Transcript />
            <UsagePanel />
            {usable && <TestCasesPanel />}
          </>
        )}
      </div>
    </main>
  );
}
