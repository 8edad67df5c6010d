import { describe, expect, it } from "vitest";
import { createStore } from "zustand/vanilla";
import { createRequestSlice, DEFAULT_REQUEST, type RequestSlice } from "./request-slice";

const newStore = () => createStore<RequestSlice>()((...a) => createRequestSlice(...a));

describe("building the request", () => {
  it("starts from a valid streaming request with one empty user turn", () => {
    const { request } = newStore().getState();
    expect(request).toEqual(DEFAULT_REQUEST);
    expect(request.messages).toEqual([{ role: "user", content: "" }]);
  });

  it("sets a parameter, and leaves it out of the request once cleared", () => {
    const store = newStore();
    store.getState().setField("temperature", 0.3);
    expect(store.getState().request.temperature).toBe(0.3);
    store.getState().setField("temperature", undefined);
    expect("temperature" in store.getState().request).toBe(false);
  });

  it("writes the user's text into the message without touching other fields", () => {
    const store = newStore();
    store.getState().replaceRequest({ ...DEFAULT_REQUEST, future_field: { keep: true } });
    store.getState().setMessageText(0, "Hello");
    expect(store.getState().request.messages[0]).toEqual({ role: "user", content: "Hello" });
    expect(store.getState().request.future_field).toEqual({ keep: true });
  });

  it("keeps the same object when nothing changes, so views do not re-render", () => {
    const store = newStore();
    const before = store.getState().request;
    store.getState().setField("model", before.model);
    expect(store.getState().request).toBe(before);
  });
});
