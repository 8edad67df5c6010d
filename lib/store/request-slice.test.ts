import { describe, expect, it } from "vitest";
import { create } from "zustand";
import {
  createRequestSlice,
  DEFAULT_REQUEST,
  partializeRequest,
  restoreRequest,
  type RequestSlice,
} from "./request-slice";

const store = () => create<RequestSlice>()((...a) => createRequestSlice(...a));

describe("request slice", () => {
  it("leaves unset parameters out and keeps unknown fields", () => {
    const s = store();
    s.getState().replaceRequest({ ...DEFAULT_REQUEST, brand_new: { x: 1 } });
    s.getState().setPath(["output_config", "effort"], "low");
    s.getState().setPath(["output_config", "effort"], undefined);
    s.getState().setField("temperature", 0.5);
    s.getState().setField("temperature", undefined);
    expect(s.getState().request).toEqual({ ...DEFAULT_REQUEST, brand_new: { x: 1 } });
  });

  it("does not notify when nothing changes", () => {
    const s = store();
    let calls = 0;
    s.subscribe(() => calls++);
    s.getState().setField("model", DEFAULT_REQUEST.model);
    s.getState().setPath(["metadata", "user_id"], undefined);
    expect(calls).toBe(0);
  });

  it("keeps the unparsed draft with its error, and clears both on a valid request", () => {
    const s = store();
    s.getState().setJsonError("Unexpected token", '{"model": ');
    expect(partializeRequest(s.getState())).toMatchObject({ jsonDraft: '{"model": ', jsonError: "Unexpected token" });
    s.getState().replaceRequest(DEFAULT_REQUEST);
    expect(s.getState()).toMatchObject({ jsonDraft: null, jsonError: null });
  });
});

describe("restoreRequest", () => {
  it("restores a persisted draft and refuses what is not a request", () => {
    const persisted = { request: { ...DEFAULT_REQUEST, top_k: 5 }, jsonDraft: "{", jsonError: "bad" };
    expect(restoreRequest(persisted)).toEqual({
      request: persisted.request,
      jsonDraft: "{",
      jsonError: "bad",
      betas: [],
    });
    expect(restoreRequest({ request: { model: "x" } })).toEqual({});
    expect(restoreRequest("garbage")).toEqual({});
    expect(restoreRequest({ request: DEFAULT_REQUEST, jsonDraft: null }).jsonError).toBeNull();
  });
});

describe("betas", () => {
  it("are kept beside the request, normalized, and survive a reload; the request body never holds them", () => {
    const s = store();
    s.getState().setBetas([" message-threads-2026-08-12", "my-beta-1", "my-beta-1", ""]);
    expect(s.getState().betas).toEqual(["message-threads-2026-08-12", "my-beta-1"]);
    expect(s.getState().request).toEqual(DEFAULT_REQUEST);
    const persisted = JSON.parse(JSON.stringify(partializeRequest(s.getState())));
    expect(restoreRequest(persisted).betas).toEqual(["message-threads-2026-08-12", "my-beta-1"]);
    // Junk in storage is dropped, not trusted.
    expect(restoreRequest({ request: DEFAULT_REQUEST, betas: ["ok-1", 5, null] }).betas).toEqual(["ok-1"]);
    expect(restoreRequest({ request: DEFAULT_REQUEST, betas: "ok-1" }).betas).toEqual([]);
  });

  it("does not notify when the betas do not change", () => {
    const s = store();
    s.getState().setBetas(["a-1"]);
    let calls = 0;
    s.subscribe(() => calls++);
    s.getState().setBetas(["a-1 "]);
    expect(calls).toBe(0);
  });
});
