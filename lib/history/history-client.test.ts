import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { loadAllCalls, loadCallDetails, loadHistory, saveCalls } from "./history-client";
import type { CallRecord } from "./record";

const record = (id: string, chunks: string[]): CallRecord => ({
  summary: {
    id,
    startedAt: 1,
    model: "claude-opus-4-6",
    status: "done",
    stopReason: "end_turn",
    usage: {},
    breakpoints: 0,
  },
  details: {
    id,
    request: { model: "claude-opus-4-6", max_tokens: 64, messages: [{ role: "user", content: "hi" }] },
    events: { text: chunks, at: chunks.map((_, i) => i) },
  },
});

describe("storing calls in the browser", () => {
  it("stores a long reply's text between pauses, and a call opened meanwhile waits for it", async () => {
    const chunks = Array.from({ length: 40 }, (_, i) => `data: ${"x".repeat(8_000)} ${i}\n\n`);
    const pauses: (() => void)[] = [];
    const pause = () => new Promise<void>((resolve) => pauses.push(resolve));
    let stored = false;
    const saved = saveCalls([record("long", chunks)], pause).then((pruned) => {
      stored = true;
      return pruned;
    });
    let openedEarly = false;
    const opened = loadCallDetails("long").then((details) => {
      openedEarly = !stored;
      return details;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pauses).toHaveLength(1); // the first slice is made, the rest waits
    let released = 0;
    while (!stored) {
      pauses.shift()?.();
      released++;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(released).toBeGreaterThan(1);
    expect(await saved).toEqual([]);
    expect((await opened)?.events).toEqual({ text: chunks, at: chunks.map((_, i) => i) });
    expect(openedEarly).toBe(false);
    expect((await loadHistory()).map((c) => c.id)).toEqual(["long"]);
    expect((await loadAllCalls((await loadHistory()) ?? []))[0].details?.events).toEqual({
      text: chunks,
      at: chunks.map((_, i) => i),
    });
  });
});
