"use client";

import { useCallback, useEffect } from "react";
import { betaHeaders } from "@/lib/messages/betas";
import type { RequestBody } from "@/lib/messages/types";
import { runCallInWorker } from "@/lib/stream/call-in-worker";
import { credentialHeaders } from "@/lib/client/credentials";
import { yieldToEventLoop } from "@/lib/stream/yield";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { issuesOf } from "../panel/use-issues";
import { startPageWorkers } from "../transcript/page-workers";

// One controller per run id, outside React: several calls may stream at once, and any component
// (Run, Retry, the tool-result form) starts or stops them through the same two functions.
const controllers = new Map<string, AbortController>();

/**
 * Sends a request (the one being edited by default) as a new run, with its beta features (the panel's by default);
 * returns its id, or null when blocked.
 */
export async function startRun(body?: RequestBody, betas?: readonly string[]): Promise<string | null> {
  const state = usePlaygroundStore.getState();
  // The shortcut obeys the same checks as the button: nothing invalid is sent.
  if (!body && (state.jsonError || issuesOf(state.request).length > 0)) return null;
  // Run is not taken twice: a second click may come before the first run's render has turned Run into Stop.
  if (!body && controllers.size > 0) return null;
  const request = body ?? state.request;
  const runBetas = [...(betas ?? state.betas)];
  const id = crypto.randomUUID();
  const abort = new AbortController();
  controllers.set(id, abort);
  // The run's first render (its transcript, Run turned into Stop) in a task after the click's: in the click's, the two
  // made one task of 11–23 ms of CPU (bench:stream's traces), a long task when the cores are busy.
  await yieldToEventLoop();
  state.startRun(id, request, runBetas);
  startPageWorkers(); // linked before the call starts, if the page has not been idle yet
  const outcome = await runCallInWorker(request, {
    signal: abort.signal,
    headers: { ...credentialHeaders(), ...betaHeaders(runBetas) },
    onUpdate: (update) => usePlaygroundStore.getState().updateRun(id, update),
  });
  controllers.delete(id);
  usePlaygroundStore.getState().updateRun(id, {
    status: outcome.status,
    message: outcome.message,
    error: outcome.error,
    httpStatus: outcome.httpStatus,
    requestId: outcome.requestId,
    keySource: outcome.keySource,
    firstTokenMs: outcome.firstTokenMs,
    totalMs: outcome.totalMs,
    live: outcome.live,
    attempts: outcome.attempts,
    events: outcome.events,
    eventCount: outcome.events.count,
  });
  return id;
}

/** Stops one run, or every running one. */
export function stopRun(id?: string): void {
  if (id) controllers.get(id)?.abort();
  else for (const controller of controllers.values()) controller.abort();
}

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
        if (controllers.size === 0) void startRun();
      } else if (event.key === "Escape" && controllers.size > 0 && !ownsEscape(event.target)) {
        stopRun();
      }
    };
    // Capture phase, so the shortcut works inside Monaco, which handles keys itself.
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, []);

  return { running, start, stop };
}
