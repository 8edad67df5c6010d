// Gives the thread a chance to paint, handle input and run its timers, then continues soon:
// - on a page, scheduler.yield (its continuation runs before other tasks, so the work is not delayed);
// - in a worker, scheduler.postTask: a task in the thread's own queue, so that its timers still run between the
//   tasks (a worker busy with a backlog must still run the timer that posts its snapshots to the page, which
//   scheduler.yield's continuations would outrank). They run late, though: with 8 ms of work between yields, a 16 ms
//   timer fired every 40 ms (every 33 ms with MessageChannel yields, every 25 ms with setTimeout(0) ones);
// - else a MessageChannel task (setTimeout(0) would be clamped to 4 ms when nested). Not where postTask exists: a
//   port's message goes through Chromium's messaging between threads, which is slow on busy cores. In bench:stream
//   (3 runs each, the stream worker's yields logged) a yield took 5.4 ms on average to resume (median 1.6, up to
//   32 ms), against 1.6 ms with postTask (median 0.2).
interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: (callback: () => void) => Promise<void>;
}

export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield && typeof document !== "undefined") return scheduler.yield();
  if (scheduler?.postTask) return scheduler.postTask(() => {});
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs a callback in its own task soon, without the 4 ms clamp of nested timers. Returns a cancel function. */
export function soon(callback: () => void): () => void {
  let cancelled = false;
  void yieldToEventLoop().then(() => {
    if (!cancelled) callback();
  });
  return () => {
    cancelled = true;
  };
}
