// Bounded concurrency for a run of many calls: at most `concurrency` in flight, the rest queued in order. A call that is
// refused for now (429, 529) asks for a wait: it goes back to the front of the queue and no call starts before the wait
// is over (the limit is the upstream's, for every call alike). Stop cancels what is queued; what is in flight is the
// caller's to abort (its signal is the same).

/** What a call says when it ends: done, or to be tried again after `ms`. */
export type Attempt = { retryAfterMs: number } | undefined;

export interface PoolOptions<T> {
  concurrency: number;
  signal: AbortSignal;
  /** Runs one item; resolves when it ended. */
  run: (item: T) => Promise<Attempt>;
  /** An item Stop took out of the queue before it started. */
  cancelled: (item: T) => void;
  /** The whole pool waits until this time (epoch ms) for a retry, or no longer (undefined). */
  waiting?: (until: number | undefined) => void;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const sleepFor = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });

/** Runs every item, at most `concurrency` at once; resolves when all have ended or been cancelled. */
export async function runPool<T>(items: readonly T[], options: PoolOptions<T>): Promise<void> {
  const { signal, run, cancelled } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepFor;
  const queue = [...items];
  let resumeAt = 0;

  const worker = async () => {
    for (;;) {
      while (!signal.aborted && resumeAt > now()) await sleep(resumeAt - now(), signal);
      if (resumeAt && resumeAt <= now()) {
        resumeAt = 0;
        options.waiting?.(undefined);
      }
      if (signal.aborted) break;
      const item = queue.shift();
      if (item === undefined) return;
      const attempt = await run(item);
      if (attempt && signal.aborted) cancelled(item);
      else if (attempt) {
        queue.unshift(item);
        resumeAt = Math.max(resumeAt, now() + attempt.retryAfterMs);
        options.waiting?.(resumeAt);
      }
    }
    // Stopped: what is still queued never starts.
    for (const item of queue.splice(0)) cancelled(item);
  };

  const workers = Math.max(1, Math.min(options.concurrency, queue.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
