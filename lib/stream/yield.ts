// Gives the browser a chance to paint and handle input, then continues at once: scheduler.yield on a page
// that has it, else a MessageChannel task (setTimeout(0) would be clamped to 4 ms when nested). Not
// scheduler.yield in a worker: its continuations outrank timers, so a worker busy with a backlog would
// never run the timer that posts its snapshots to the page.
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield && typeof document !== "undefined") return scheduler.yield();
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
