"use client";

import { useCallback, useEffect } from "react";
import { runningCount, startRun, stopRun } from "@/lib/run/runs";
import { usePlaygroundStore } from "@/lib/store/playground-store";

/** Where Escape already means something: a JSON editor (close its suggestions; Escape then Tab leaves it) and a
 * dialog (close it). Esc there does that only, rather than also stopping the reply. */
function ownsEscape(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(".monaco-editor, dialog[open]") !== null;
}

/** Run/Stop for the page: Ctrl/Cmd+Enter runs anywhere, and Esc stops anywhere but where Escape has its own use. */
export function useRun() {
  const running = usePlaygroundStore((s) => (s.activeRunId ? s.runs[s.activeRunId]?.status === "streaming" : false));
  const start = useCallback(async () => {
    if (!running) await startRun();
  }, [running]);
  const stop = useCallback(() => stopRun(), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (runningCount() === 0) void startRun();
      } else if (event.key === "Escape" && runningCount() > 0 && !ownsEscape(event.target)) {
        stopRun();
      }
    };
    // Capture phase, so the shortcut works inside Monaco, which handles keys itself.
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, []);

  return { running, start, stop };
}
