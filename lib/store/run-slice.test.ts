import { describe, expect, it } from "vitest";
import { createStore } from "zustand/vanilla";
import { EventLog } from "@/lib/stream/event-log";
import type { CallOutcome } from "@/lib/stream/run-call";
import { createRunSlice, type RunSlice } from "./run-slice";

const newStore = () => createStore<RunSlice>()(createRunSlice);
const sent = (content: string) => ({
  request: { model: "claude-opus-4-6", max_tokens: 16, messages: [{ role: "user" as const, content }] },
  betas: [],
});
const outcome = (status: CallOutcome["status"], more: Partial<CallOutcome> = {}): CallOutcome => ({
  status,
  totalMs: 5,
  events: new EventLog(),
  eventCount: 0,
  ...more,
});

describe("run slice", () => {
  it("keeps several calls at once apart, each by its own id, with what each was sent", () => {
    const store = newStore();
    store.getState().addRun("a", sent("first"), 1);
    store.getState().addRun("b", sent("second"), 2);
    // Updates arrive interleaved, as two streams' would.
    store.getState().updateRun("a", { live: { outputTokens: 3, estimated: true, elapsedMs: 10 } });
    store.getState().finishRun("b", outcome("error", { error: { type: "overloaded_error", message: "busy" } }));
    store.getState().finishRun("a", outcome("done", { firstTokenMs: 12 }));
    const { runs, activeRunId } = store.getState();
    expect(activeRunId).toBe("b");
    expect(runs.a).toMatchObject({ id: "a", status: "done", firstTokenMs: 12, startedAt: 1 });
    expect(runs.a.request).toEqual(sent("first").request);
    expect(runs.a.error).toBeUndefined();
    expect(runs.b).toMatchObject({ id: "b", status: "error", error: { type: "overloaded_error" } });
    expect(runs.b.request).toEqual(sent("second").request);
    expect(runs.b.firstTokenMs).toBeUndefined();
  });

  it("ignores an update or an outcome for a run it no longer holds", () => {
    const store = newStore();
    store.getState().addRun("a", sent("x"), 1);
    store.getState().updateRun("gone", { firstTokenMs: 1 });
    store.getState().finishRun("gone", outcome("done"));
    expect(Object.keys(store.getState().runs)).toEqual(["a"]);
  });

  it("drops the oldest finished runs beyond ten, never one still streaming", () => {
    const store = newStore();
    store.getState().addRun("long", sent("x"), 0);
    for (let i = 0; i < 15; i++) {
      store.getState().addRun(`r${i}`, sent("x"), i);
      store.getState().finishRun(`r${i}`, outcome("done"));
    }
    const ids = Object.keys(store.getState().runs);
    expect(ids).toContain("long");
    expect(store.getState().runs.long.status).toBe("streaming");
    expect(ids).not.toContain("r0");
    expect(ids).toContain("r14");
    expect(ids.length).toBeLessThanOrEqual(12);
  });
});
