// The one owner of runs: starts and stops calls outside React, by id, several at once; streams each through the stream
// worker into the store (what the transcript shows) and hands its outcome to history. Components only dispatch (Run,
// Stop, Retry, a tool result, Continue) and subscribe to the store.
import { betaHeaders } from "@/lib/messages/betas";
import type { RequestBody } from "@/lib/messages/types";
import { modelLookup } from "@/lib/models/lookup";
import { credentialHeaders } from "@/lib/client/credentials";
import { yieldToEventLoop } from "@/lib/scheduling/yield";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunRequest } from "@/lib/store/run-slice";
import { runCallInWorker } from "./call-in-worker";
import { fileCall } from "./file-call";
import { issuesOf } from "./request-issues";
import { startPageWorkers } from "./workers";

// One controller per run id: any run can be stopped by its id, or all at once.
const controllers = new Map<string, AbortController>();

/** How many runs are streaming now. */
export const runningCount = (): number => controllers.size;

/**
 * Sends a request as a new run and returns its id once it has ended. Without a request, the one being edited with the
 * panel's beta features, unless it is blocked (invalid, or a run already streaming: Run is not taken twice, and a
 * second click may come before the first run's render has turned Run into Stop); then null, and nothing is sent.
 */
export async function startRun(body?: RequestBody, betas?: readonly string[]): Promise<string | null> {
  const state = usePlaygroundStore.getState();
  if (!body) {
    if (state.jsonError || issuesOf(state.request, modelLookup(state.profile)).length > 0) return null;
    if (controllers.size > 0) return null;
  }
  return runCall({ request: body ?? state.request, betas: [...(betas ?? state.betas)] });
}

/** One call, as a run of its own: the store shows it as it streams, history files it when it ends. */
export async function runCall(sent: RunRequest): Promise<string> {
  const id = crypto.randomUUID();
  const abort = new AbortController();
  controllers.set(id, abort);
  // The run's first render (its transcript, Run turned into Stop) goes in a task after the click's, which stays short.
  await yieldToEventLoop();
  const startedAt = Date.now();
  const store = usePlaygroundStore.getState();
  store.addRun(id, sent, startedAt);
  startPageWorkers(); // linked before the call starts, if the page has not been idle yet
  const outcome = await runCallInWorker(sent.request, {
    signal: abort.signal,
    headers: { ...credentialHeaders(), ...betaHeaders(sent.betas) },
    onUpdate: (update) => usePlaygroundStore.getState().updateRun(id, update),
  });
  controllers.delete(id);
  usePlaygroundStore.getState().finishRun(id, outcome);
  fileCall({ id, ...sent, startedAt, outcome });
  return id;
}

/** Stops one run, or every running one. */
export function stopRun(id?: string): void {
  if (id) controllers.get(id)?.abort();
  else for (const controller of controllers.values()) controller.abort();
}
