import { describe, expect, it } from "vitest";
import { createStore } from "zustand/vanilla";
import { applyStep, inOneUpdate } from "./steps";

describe("inOneUpdate", () => {
  it("applies the steps in order, each seeing the state the ones before left, and returns all their changes", () => {
    const state = { count: 1, label: "a", other: true };
    const step = inOneUpdate<typeof state>(
      (s) => ({ count: s.count + 1 }),
      undefined,
      (s) => ({ count: s.count * 10, label: `${s.label}${s.count}` }),
    );
    expect(step(state)).toEqual({ count: 20, label: "a2" });
    expect(state).toEqual({ count: 1, label: "a", other: true });
  });

  it("applyStep leaves the store and its listeners alone when the step changes nothing", () => {
    const store = createStore(() => ({ count: 1 }));
    let heard = 0;
    store.subscribe(() => heard++);
    applyStep(store, () => ({}));
    expect(heard).toBe(0);
    applyStep(store, (s) => ({ count: s.count + 1 }));
    expect(heard).toBe(1);
    expect(store.getState().count).toBe(2);
  });
});
