"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { runCall } from "@/lib/stream/run-call";
import { credentialHeaders } from "@/lib/client/credentials";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { issuesOf } from "../panel/use-issues";

/** Starts and stops calls for the current request; Ctrl/Cmd+Enter runs and Esc stops anywhere on the page. */
export function useRun() {
  const controller = useRef<AbortController | null>(null);
  const [running, setRunning] = useState(false);

  const start = useCallback(async () => {
    const state = usePlaygroundStore.getState();
    // The shortcut obeys the same checks as the button: nothing invalid is sent.
    if (controller.current || state.jsonError || issuesOf(state.request).length > 0) return;
    const id = crypto.randomUUID();
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    state.startRun(id);
    const outcome = await runCall(state.request, {
      signal: abort.signal,
      headers: credentialHeaders(),
      onUpdate: (update) => usePlaygroundStore.getState().updateRun(id, update),
    });
    usePlaygroundStore.getState().updateRun(id, {
      status: outcome.status,
      message: outcome.message,
      error: outcome.error,
      httpStatus: outcome.httpStatus,
      requestId: outcome.requestId,
      keySource: outcome.keySource,
      firstTokenMs: outcome.firstTokenMs,
      totalMs: outcome.totalMs,
      // For the usage panel and history (issue 7): attempts made by the proxy, and the raw events.
      attempts: outcome.attempts,
      events: outcome.events,
    });
    controller.current = null;
    setRunning(false);
  }, []);

  const stop = useCallback(() => controller.current?.abort(), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void start();
      } else if (event.key === "Escape" && controller.current) {
        stop();
      }
    };
    // Capture phase, so the shortcut works inside Monaco, which handles keys itself.
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [start, stop]);

  return { running, start, stop };
}
