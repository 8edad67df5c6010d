import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { usePlaygroundStore } from "./playground-store";
import { followActiveRun, SAMPLE_MS } from "./sampled-run";
import type { RunState } from "./run-slice";
import { EventLog } from "@/lib/stream/event-log";

const sent = { request: { model: "claude-opus-4-6", max_tokens: 16, messages: [] }, betas: [] };

describe("the active run at a reader's pace", () => {
  let shown: (RunState | undefined)[];
  let stop: () => void;
  const store = () => usePlaygroundStore.getState();
  const tokens = (run: RunState | undefined) => run?.live?.outputTokens;
  const snapshot = (id: string, outputTokens: number) =>
    store().updateRun(id, { live: { outputTokens, estimated: true, elapsedMs: outputTokens } });

  beforeEach(() => {
    vi.useFakeTimers();
    usePlaygroundStore.setState({ runs: {}, activeRunId: null });
    shown = [];
    stop = followActiveRun(usePlaygroundStore, (run) => shown.push(run));
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it("shows a new run at once, and a streaming run's latest snapshot at most every SAMPLE_MS", () => {
    expect(shown).toEqual([undefined]);
    store().addRun("a", sent, 0);
    expect(shown.at(-1)?.id).toBe("a");
    const before = shown.length;
    for (let i = 1; i <= 12; i++) snapshot("a", i * 10); // a dozen frames' snapshots in one sample period
    expect(shown.length).toBe(before);
    vi.advanceTimersByTime(SAMPLE_MS);
    expect(shown.length).toBe(before + 1);
    expect(tokens(shown.at(-1))).toBe(120); // the latest, not the first of the period
    vi.advanceTimersByTime(SAMPLE_MS * 5);
    expect(shown.length).toBe(before + 1); // nothing new, nothing redrawn
  });

  it("shows the end of a run at once, with nothing stale after it", () => {
    store().addRun("a", sent, 0);
    snapshot("a", 10);
    store().finishRun("a", { status: "done", totalMs: 321, events: new EventLog(), eventCount: 0 });
    expect(shown.at(-1)?.status).toBe("done");
    const count = shown.length;
    vi.advanceTimersByTime(SAMPLE_MS * 3);
    expect(shown.length).toBe(count);
    expect(shown.at(-1)?.totalMs).toBe(321);
  });

  it("stops following when unsubscribed", () => {
    store().addRun("a", sent, 0);
    snapshot("a", 10);
    stop();
    vi.advanceTimersByTime(SAMPLE_MS * 3);
    store().addRun("b", sent, 0);
    expect(shown.every((run) => run === undefined || run.id === "a")).toBe(true);
    expect(tokens(shown.at(-1))).toBeUndefined();
  });
});
