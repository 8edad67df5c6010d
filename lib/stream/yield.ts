// Gives the browser a chance to paint and handle input, then continues at once: scheduler.yield where the
// browser has it, else a MessageChannel task (setTimeout(0) would be clamped to 4 ms when nested).
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
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
