"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { Suspense, useEffect } from "react";
import type { PublicConfig } from "@/lib/public-config";
import { loadDraft } from "./hooks/use-draft";
import { useUsable } from "./hooks/use-usable";
import { RunControls } from "./run-controls";
import { ThemeToggle } from "./theme-toggle";
import { CredentialsSettings } from "./settings/credentials-settings";
import { PresetToolbar } from "./presets/preset-toolbar";

// Everything under the header is rendered on the server and hydrated after it, in a module of its own: its code is
// neither compiled nor run before Run works (it is required when its boundary hydrates, which React does after the
// header). Its chunk is still fetched with the page's (next/dynamic preloads what the server rendered).
const Workbench = dynamic(() => import("./workbench").then((m) => m.Workbench));
// What a single request's first view does not need loads after Run is usable: the run confirmation and the history
// below the fold.
const RunConfirmation = dynamic(() => import("./compare/run-confirmation").then((m) => m.RunConfirmation), {
  ssr: false,
});
const HistoryPanel = dynamic(() => import("./usage/history-panel").then((m) => m.HistoryPanel), { ssr: false });

export function Playground({ config }: { config: PublicConfig }) {
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
          <Workbench />
        </Suspense>
      </div>
      <div className="px-3 pb-3">{usable && <HistoryPanel />}</div>
      {usable && <RunConfirmation />}
    </div>
  );
}
