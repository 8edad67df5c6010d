import { describe, expect, it } from "vitest";
import { runPool } from "./pool";

/** A call that ends when the test says, and how many are in flight at once. */
function harness() {
  let inFlight = 0;
  let most = 0;
  const started: number[] = [];
  const ends = new Map<number, (attempt?: { retryAfterMs: number }) => void>();
  const run = (item: number) =>
    new Promise<{ retryAfterMs: number } | undefined>((resolve) => {
      started.push(item);
      inFlight++;
      most = Math.max(most, inFlight);
      ends.set(item, (attempt) => {
        inFlight--;
        ends.delete(item);
        resolve(attempt);
      });
    });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { run, started, ends, most: () => most, settle };
}

describe("runPool", () => {
  it("keeps at most `concurrency` calls in flight, in order, until all have ended", async () => {
    const h = harness();
    const items = Array.from({ length: 10 }, (_, i) => i);
    const done = runPool(items, {
      concurrency: 4,
      signal: new AbortController().signal,
      run: h.run,
      cancelled: () => {},
    });
    for (let round = 0; round < 20 && h.started.length < 10; round++) {
      await h.settle();
      // End the oldest in flight.
      const oldest = [...h.ends.keys()][0];
      if (oldest !== undefined) h.ends.get(oldest)!();
    }
    await h.settle();
    for (const end of [...h.ends.values()]) end();
    await done;
    expect(h.started).toEqual(items);
    expect(h.most()).toBe(4);
  });

  it("after a call asks to wait, starts nothing before the wait is over, then sends that call again first", async () => {
    let clock = 1000;
    const sleeps: number[] = [];
    const h = harness();
    const waits: (number | undefined)[] = [];
    const done = runPool([1, 2, 3], {
      concurrency: 1,
      signal: new AbortController().signal,
      run: h.run,
      cancelled: () => {},
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      waiting: (until) => waits.push(until),
    });
    await h.settle();
    h.ends.get(1)!({ retryAfterMs: 5000 }); // 429 with retry-after: 5
    await h.settle();
    expect(sleeps).toEqual([5000]);
    expect(waits).toEqual([6000, undefined]);
    expect(h.started).toEqual([1, 1]);
    h.ends.get(1)!();
    await h.settle();
    h.ends.get(2)!();
    await h.settle();
    h.ends.get(3)!();
    await done;
    expect(h.started).toEqual([1, 1, 2, 3]);
  });

  it("Stop cancels what is queued, and a call that was to be sent again", async () => {
    const h = harness();
    const stop = new AbortController();
    const cancelled: number[] = [];
    const done = runPool([1, 2, 3, 4, 5], {
      concurrency: 2,
      signal: stop.signal,
      run: h.run,
      cancelled: (i) => cancelled.push(i),
    });
    await h.settle();
    expect(h.started).toEqual([1, 2]);
    stop.abort();
    // In flight, the calls end as their own abort makes them (the caller aborts them with the same signal).
    h.ends.get(1)!();
    h.ends.get(2)!({ retryAfterMs: 1000 });
    await done;
    expect(h.started).toEqual([1, 2]);
    expect(cancelled.sort()).toEqual([2, 3, 4, 5]);
  });
});
