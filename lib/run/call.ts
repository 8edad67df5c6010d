// One call as a run of its own, by id: streamed through the stream worker into the store (what the transcript shows), its
// outcome handed to history. Any run can be stopped by its id, or all at once.
import { betaHeaders } from "@/lib/messages/betas";
import { credentialHeaders } from "@/lib/client/credentials";
import { yieldToEventLoop } from "@/lib/scheduling/yield";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunRequest } from "@/lib/store/run-slice";
import type { CallOutcome } from "@/lib/stream/run-call";
import { runCallInWorker } from "./call-in-worker";
import { fileCall } from "./file-call";
import { startPageWorkers } from "./workers";

const controllers = new Map<string, AbortController>();

/** How many calls are streaming now. */
export const callsInFlight = (): number => controllers.size;

export interface CallOptions {
  /** Shown in the transcript as it starts (not so for a batch's calls about another variant than the selected). */
  activate?: boolean;
  /** Stops the call too (a batch's Stop). */
  signal?: AbortSignal;
  /** Told the run's id as it starts. */
  onStart?: (id: string) => void;
  /** False when no view shows the reply as Markdown while it streams (a results grid's cell). */
  markdown?: boolean;
  /** False when the caller is not in a click's task (a batch's calls after its start): no yield before the call. */
  yieldFirst?: boolean;
}

/** One call, as a run of its own: the store shows it as it streams, history files it when it ends. */
export async function sendCall(
  sent: RunRequest,
  { activate = true, signal, onStart, markdown = true, yieldFirst = true }: CallOptions = {},
): Promise<{ id: string; outcome: CallOutcome }> {
  const id = crypto.randomUUID();
  const abort = new AbortController();
  controllers.set(id, abort);
  signal?.addEventListener("abort", () => abort.abort(), { once: true });
  if (signal?.aborted) abort.abort();
  // The run's first render (its transcript, Run turned into Stop) goes in a task after the click's, which stays short.
  if (yieldFirst) await yieldToEventLoop();
  const startedAt = Date.now();
  const store = usePlaygroundStore.getState();
  store.addRun(id, sent, startedAt, activate);
  onStart?.(id);
  startPageWorkers(); // linked before the call starts, if the page has not been idle yet
  const outcome = await runCallInWorker(
    sent.request,
    {
      signal: abort.signal,
      headers: { ...credentialHeaders(), ...betaHeaders(sent.betas) },
      onUpdate: (update) => usePlaygroundStore.getState().updateRun(id, update),
    },
    { markdown },
  );
  controllers.delete(id);
  usePlaygroundStore.getState().finishRun(id, outcome);
  fileCall({ id, ...sent, startedAt, outcome }, { last: activate });
  return { id, outcome };
}

/** One call, as a run of its own; its id once it has ended. */
export async function runCall(sent: RunRequest, options?: CallOptions): Promise<string> {
  return (await sendCall(sent, options)).id;
}

/** Stops one call by its id, or every one. */
export function stopCall(id?: string): void {
  if (id) controllers.get(id)?.abort();
  else for (const controller of controllers.values()) controller.abort();
}
