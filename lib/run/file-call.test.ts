import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadHistory } from "@/lib/history/history-client";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { EventLog } from "@/lib/stream/event-log";
import { fileBatchCalls, fileCall } from "./file-call";

const batchCall = (i: number) => ({
  id: `call-${i}`,
  request: { model: "claude-opus-4-6", max_tokens: 16, messages: [{ role: "user" as const, content: `case ${i}` }] },
  betas: [],
  startedAt: 1000 + i,
  outcome: { status: "done" as const, totalMs: 5, events: new EventLog(), eventCount: 0 },
  tags: { batch: "b1", batchNumber: 1, variant: 1, testCase: i + 1 },
});

describe("filing calls in history", () => {
  it("files a batch's calls a few at a time once it ends, newest first, and stores every one", async () => {
    usePlaygroundStore.getState().setHistory([], "ready");
    const listed: number[] = [];
    const stop = usePlaygroundStore.subscribe((state, before) => {
      if (state.history !== before.history) listed.push(state.history.length);
    });
    for (let i = 0; i < 40; i++) fileCall(batchCall(i), { last: false });
    fileBatchCalls();
    await expect.poll(() => usePlaygroundStore.getState().history.length).toBe(40);
    stop();
    expect(listed).toEqual([16, 32, 40]);
    expect(usePlaygroundStore.getState().history.map((c) => c.id)).toEqual(
      Array.from({ length: 40 }, (_, i) => `call-${39 - i}`),
    );
    await expect.poll(async () => (await loadHistory()).length).toBe(40);
  });

  describe("in a browser's idle callbacks", () => {
    afterEach(() => vi.unstubAllGlobals());

    /** Idle callbacks whose idle period has `remaining` ms left whenever it is asked. */
    const idleWith = (remaining: number) =>
      vi.stubGlobal("requestIdleCallback", (task: IdleRequestCallback) =>
        setTimeout(() => task({ didTimeout: false, timeRemaining: () => remaining })),
      );

    async function listedSteps(calls: number): Promise<number[]> {
      usePlaygroundStore.getState().setHistory([], "ready");
      const listed: number[] = [];
      const stop = usePlaygroundStore.subscribe((state, before) => {
        if (state.history !== before.history) listed.push(state.history.length);
      });
      for (let i = 0; i < calls; i++) fileCall({ ...batchCall(i), id: `idle-${calls}-${i}` }, { last: false });
      fileBatchCalls();
      await expect.poll(() => usePlaygroundStore.getState().history.length).toBe(calls);
      stop();
      return listed;
    }

    it("files as many calls as the idle period has room for", async () => {
      idleWith(49);
      expect(await listedSteps(20)).toEqual([16, 20]);
    });

    it("files one call per idle callback when the period is nearly spent, so a long reply's record stands alone", async () => {
      idleWith(10);
      expect(await listedSteps(4)).toEqual([1, 2, 3, 4]);
    });
  });
});
