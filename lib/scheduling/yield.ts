// Gives the thread a chance to paint, handle input and run its timers, then continues soon:
// - on a page, scheduler.yield (its continuation runs before other tasks, so the work is not delayed);
// - in a worker, scheduler.postTask: a task in the thread's own queue, so that its timers still run between the
//   tasks (a worker busy with a backlog must still run the timer that posts its snapshots to the page, which
//   scheduler.yield's continuations would outrank); they run late, though, behind the worker's other tasks;
// - else a MessageChannel task (setTimeout(0) would be clamped to 4 ms when nested). Not where postTask exists: a
//   port's message goes through the browser's messaging between threads, which is slow on busy cores.
// What each measured: docs/performance.md, "Yielding".
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
