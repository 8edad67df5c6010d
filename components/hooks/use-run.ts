"use client";

import { useCallback, useEffect } from "react";
import { runEditor, runningCount, stopRun } from "@/lib/run/runs";
import { type PlaygroundState, usePlaygroundStore } from "@/lib/store/playground-store";

/** Where Escape already means something: a JSON editor (close its suggestions; Escape then Tab leaves it) and a
 * dialog (close it). Esc there does that only, rather than also stopping the reply. */
function ownsEscape(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(".monaco-editor, dialog[open]") !== null;
}

/** Whether anything is running: a batch (with calls still queued), or any call (a variant's Retry included). */
const anyRunning = (s: PlaygroundState) =>
  s.batch?.status === "running" || Object.values(s.runs).some((run) => run.status === "streaming");

/** Run/Stop for the page: Ctrl/Cmd+Enter runs anywhere, and Esc stops anywhere but where Escape has its own use. */
export function useRun() {
  const running = usePlaygroundStore(anyRunning);
  const start = useCallback(async () => {
    if (!running) await runEditor();
  }, [running]);
  const stop = useCallback(() => stopRun(), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (runningCount() === 0) void runEditor();
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
