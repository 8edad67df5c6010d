"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";

export function RunControls({ running, onRun, onStop }: { running: boolean; onRun: () => void; onStop: () => void }) {
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  const blocked = jsonError ? "The request JSON is invalid" : undefined;
  return (
    <div className="flex items-center gap-2">
      {blocked && <span className="text-xs text-red-700 dark:text-red-400">{blocked}</span>}
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
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title={blocked ?? "Run (Ctrl/Cmd+Enter)"}
          className="rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-50"
        >
          Run
        </button>
      )}
    </div>
  );
}
