// A batch's calls, sent with bounded concurrency (pool.ts) and each refused call sent again after its wait (retry.ts).
// Pure, so that it runs where the calls are made: in the stream worker, where a call that ends starts the next one at
// once, whatever the page's main thread is doing; or on the page where no worker can start. What each attempt does
// (send it, show it) is the caller's.
import { runPool } from "./pool";
import { retryWait, type RetryFacts } from "./retry";

export interface CallPoolOptions {
  concurrency: number;
  /** Stop: cancels what is queued; each attempt in flight is given this signal to abort. */
  signal: AbortSignal;
}

export interface CallPoolHooks<O extends RetryFacts> {
  /** Sends attempt `attempt` (from 1) of call `index`; resolves with how it ended. */
  send: (index: number, attempt: number) => Promise<O>;
  /** An attempt ended; `retryInMs` when the call goes back to the queue for another try after that wait. */
  ended: (index: number, attempt: number, outcome: O, retryInMs: number | undefined) => void;
  /** A call Stop took out of the queue, or one that waited for a retry when Stop came. */
  cancelled: (index: number) => void;
  /** The whole pool waits until this time (epoch ms) for a retry, or no longer (undefined). */
  waiting: (until: number | undefined) => void;
}

/** Sends calls 0…count-1; resolves once every one has ended or been cancelled. */
export async function runCallPool<O extends RetryFacts>(
  count: number,
  { concurrency, signal }: CallPoolOptions,
  hooks: CallPoolHooks<O>,
): Promise<void> {
  const attempts = new Array<number>(count).fill(0);
  await runPool(
    Array.from({ length: count }, (_, index) => index),
    {
      concurrency,
      signal,
      run: async (index) => {
        const attempt = ++attempts[index];
        const outcome = await hooks.send(index, attempt);
        const wait = signal.aborted ? undefined : retryWait(outcome, attempt);
        hooks.ended(index, attempt, outcome, wait);
        return wait === undefined ? undefined : { retryAfterMs: wait };
      },
      cancelled: hooks.cancelled,
      waiting: hooks.waiting,
    },
  );
}
