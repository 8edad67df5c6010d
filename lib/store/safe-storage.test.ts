import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { draftStorage } from "./safe-storage";

/** The part of localStorage the draft's storage uses, in memory (unit tests run in node). */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe("the draft's storage", () => {
  let storage: ReturnType<typeof memoryStorage>;
  beforeEach(() => {
    storage = memoryStorage();
    vi.stubGlobal("localStorage", storage);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("writes nothing before the saved draft has been read, so a change made first cannot replace it", () => {
    storage.items.set("draft", JSON.stringify({ state: { request: "mine" }, version: 1 }));
    const draft = draftStorage<{ request: string }>();
    draft.setItem("draft", { state: { request: "default" }, version: 1 });
    expect(JSON.parse(storage.items.get("draft")!).state.request).toBe("mine");

    expect(draft.getItem("draft")).toEqual({ state: { request: "mine" }, version: 1 });
    draft.setItem("draft", { state: { request: "edited" }, version: 1 });
    expect(JSON.parse(storage.items.get("draft")!).state.request).toBe("edited");
  });

  it("writes only when the draft itself changed", () => {
    const draft = draftStorage<{ request: object }>();
    draft.getItem("draft");
    const request = { model: "m" };
    draft.setItem("draft", { state: { request }, version: 1 });
    storage.items.delete("draft");
    draft.setItem("draft", { state: { request }, version: 1 });
    expect(storage.items.has("draft")).toBe(false);
    draft.setItem("draft", { state: { request: { model: "n" } }, version: 1 });
    expect(storage.items.has("draft")).toBe(true);
  });

  it("never throws: a storage that refuses is read as no draft, and a failed write is only warned about", () => {
    vi.stubGlobal("localStorage", {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota exceeded");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const draft = draftStorage<{ request: string }>();
    expect(draft.getItem("draft")).toBeNull();
    expect(() => draft.setItem("draft", { state: { request: "x" }, version: 1 })).not.toThrow();
    expect(warn).toHaveBeenCalledWith("The draft could not be saved:", "quota exceeded");
    expect(() => draft.removeItem("draft")).not.toThrow();
    warn.mockRestore();
  });
});
