import { describe, expect, it } from "vitest";
import { createStore } from "zustand/vanilla";
import { createRunSlice, type RunSlice } from "./run-slice";

const newStore = () => createStore<RunSlice>()(createRunSlice);
const body = (content: string) => ({
  model: "claude-opus-4-6",
  max_tokens: 16,
  messages: [{ role: "user" as const, content }],
});

describe("run slice", () => {
  it("keeps several calls at once apart, each by its own id", () => {
    const store = newStore();
    store.getState().startRun("a", body("first"));
    store.getState().startRun("b", body("second"));
    // Updates arrive interleaved, as two streams' would.
    store.getState().updateRun("a", { live: { outputTokens: 3, estimated: true, elapsedMs: 10 } });
    store.getState().updateRun("b", { status: "error", error: { type: "overloaded_error", message: "busy" } });
    store.getState().updateRun("a", { status: "done", firstTokenMs: 12 });
    const { runs, activeRunId } = store.getState();
    expect(activeRunId).toBe("b");
    expect(runs.a).toMatchObject({ id: "a", status: "done", firstTokenMs: 12, live: { outputTokens: 3 } });
    expect(runs.a.request).toEqual(body("first"));
    expect(runs.a.error).toBeUndefined();
    expect(runs.b).toMatchObject({ id: "b", status: "error", error: { type: "overloaded_error" } });
    expect(runs.b.request).toEqual(body("second"));
    expect(runs.b.firstTokenMs).toBeUndefined();
  });

  it("ignores an update for a run it no longer holds", () => {
    const store = newStore();
    store.getState().startRun("a");
    store.getState().updateRun("gone", { status: "done" });
    expect(Object.keys(store.getState().runs)).toEqual(["a"]);
  });

  it("drops the oldest finished runs beyond ten, never one still streaming", () => {
    const store = newStore();
    store.getState().startRun("long");
    for (let i = 0; i < 15; i++) {
      store.getState().startRun(`r${i}`);
      store.getState().updateRun(`r${i}`, { status: "done" });
    }
    const ids = Object.keys(store.getState().runs);
    expect(ids).toContain("long");
    expect(store.getState().runs.long.status).toBe("streaming");
    expect(ids).not.toContain("r0");
    expect(ids).toContain("r14");
    expect(ids.length).toBeLessThanOrEqual(12);
  });
});
