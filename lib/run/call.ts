// One call as a run of its own, by id: streamed through the stream worker into the store (what the transcript shows), its
// outcome handed to history. Any run can be stopped by its id, or all at once.
import { betaHeaders } from "@/lib/messages/betas";
import { credentialHeaders } from "@/lib/client/credentials";
import { yieldToEventLoop } from "@/lib/scheduling/yield";
import { type PlaygroundState, usePlaygroundStore } from "@/lib/store/playground-store";
import { type RunRequest, runAdded, runChanged } from "@/lib/store/run-slice";
import { applyStep, inOneUpdate, type Step } from "@/lib/store/steps";
import type { CallOutcome, CallUpdate } from "@/lib/stream/run-call";
import { runCallInWorker } from "./call-in-worker";
import { fileCall } from "./file-call";
import { startPageWorkers } from "./workers";

const controllers = new Map<string, AbortController>();
/** Calls sent but not begun yet (waiting for the click's task to end): they count as running, so Run is not taken
 * twice, and Stop stops them too. */
const starting = new Set<AbortController>();

/** How many calls are streaming now. */
export const callsInFlight = (): number => controllers.size + starting.size;

/** A run as the store and history keep it: begun, shown as it streams, filed when it ends. */
export interface RunHandle {
  id: string;
  update: (update: CallUpdate) => void;
  /** `alongside`: a change of the store made in the same update as the run's end (a batch's cell). */
  end: (outcome: CallOutcome, alongside?: Step<PlaygroundState>) => void;
}

interface BeginOptions {
  /** The transcript shows the run (false for a batch's call the selected variant's view is not about). */
  activate?: boolean;
  /** A change of the store made in the same update as the run's start, given the run's id. */
  alongside?: (runId: string) => Step<PlaygroundState>;
}

/** Begins a run for a call about to go out (its transport is the caller's): the store shows it, Stop can abort it. */
export function beginRun(
  sent: RunRequest,
  abort: AbortController,
  { activate = true, alongside }: BeginOptions = {},
): RunHandle {
  const id = crypto.randomUUID();
  controllers.set(id, abort);
  const startedAt = Date.now();
  applyStep(usePlaygroundStore, inOneUpdate<PlaygroundState>(runAdded(id, sent, startedAt, activate), alongside?.(id)));
  startPageWorkers(); // linked before the call starts, if the page has not been idle yet
  return {
    id,
    update: (update) => usePlaygroundStore.getState().updateRun(id, update),
    end: (outcome, alongside) => {
      controllers.delete(id);
      applyStep(usePlaygroundStore, inOneUpdate<PlaygroundState>(runChanged(id, outcome), alongside));
      fileCall({ id, ...sent, startedAt, outcome }, { last: activate });
    },
  };
}

/** One call, as a run of its own: the store shows it as it streams, history files it when it ends. */
export async function sendCall(sent: RunRequest): Promise<{ id: string; outcome: CallOutcome }> {
  const abort = new AbortController();
  // The run's first render (its transcript, Run turned into Stop) goes in a task after the click's, which stays short.
  starting.add(abort);
  await yieldToEventLoop().finally(() => starting.delete(abort));
  const run = beginRun(sent, abort);
  const outcome = await runCallInWorker(sent.request, {
    signal: abort.signal,
    headers: callHeaders(sent.betas),
    onUpdate: run.update,
  });
  run.end(outcome);
  return { id: run.id, outcome };
}

/** What a call sends besides its body: the page's credentials and the request's betas. */
export const callHeaders = (betas: readonly string[]): Record<string, string> => ({
  ...credentialHeaders(),
  ...betaHeaders(betas),
});

/** One call, as a run of its own; its id once it has ended. */
export async function runCall(sent: RunRequest): Promise<string> {
  return (await sendCall(sent)).id;
}

/** Stops one call by its id, or every one. */
export function stopCall(id?: string): void {
  if (id) controllers.get(id)?.abort();
  else for (const controller of [...controllers.values(), ...starting]) controller.abort();
}
