"use client";

import { useEffect } from "react";
import { useRunBlocker } from "./panel/use-issues";

export function RunControls({ running, onRun, onStop }: { running: boolean; onRun: () => void; onStop: () => void }) {
  const blocked = useRunBlocker();
  // Marks the moment Run works (hydrated, handlers attached): read by `npm run bench:ui`.
  useEffect(() => {
    performance.mark("run-usable");
    document.documentElement.dataset.runUsable = "true";
  }, []);
  return (
    <div className="flex min-w-0 items-center gap-2">
      {blocked && !running && (
        <span
          id="run-blocked-reason"
          data-hint={blocked.hint || undefined}
          className={`line-clamp-2 max-w-[28rem] text-xs max-sm:sr-only ${blocked.hint ? "text-muted" : "text-red-700 dark:text-red-400"}`}
          title={blocked.reason}
        >
          {blocked.reason}
        </span>
      )}
      {running ? (
        <button
          type="button"
          onClick={onStop}
          aria-keyshortcuts="Escape"
          className="rounded-md bg-slate-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-800"
        >
          Stop
        </button>
      ) : (
        <button
          type="button"
          onClick={onRun}
          disabled={Boolean(blocked)}
          aria-describedby={blocked ? "run-blocked-reason" : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title={blocked?.reason ?? "Run (Ctrl/Cmd+Enter)"}
          className="shrink-0 rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-50"
        >
          Run
        </button>
      )}
    </div>
  );
}
