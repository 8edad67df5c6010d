import { afterEach, describe, expect, it, vi } from "vitest";
import { soon, yieldToEventLoop } from "./yield";

const global = globalThis as { scheduler?: unknown; document?: unknown };

afterEach(() => {
  delete global.scheduler;
  delete global.document;
});

function fakeScheduler() {
  return {
    yield: vi.fn(() => Promise.resolve()),
    postTask: vi.fn((callback: () => void) => new Promise<void>((resolve) => setTimeout(() => resolve(callback()), 0))),
  };
}

describe("yieldToEventLoop", () => {
  it("yields with scheduler.yield on a page", async () => {
    const scheduler = fakeScheduler();
    global.scheduler = scheduler;
    global.document = {};
    await yieldToEventLoop();
    expect(scheduler.yield).toHaveBeenCalledOnce();
    expect(scheduler.postTask).not.toHaveBeenCalled();
  });

  it("posts a task of the thread's own in a worker, not a continuation that outranks its timers", async () => {
    const scheduler = fakeScheduler();
    global.scheduler = scheduler;
    await yieldToEventLoop();
    expect(scheduler.postTask).toHaveBeenCalledOnce();
    expect(scheduler.yield).not.toHaveBeenCalled();
  });

  it("falls back on a MessageChannel task where there is no scheduler", async () => {
    const ports = vi.spyOn(globalThis, "MessageChannel");
    await yieldToEventLoop();
    expect(ports).toHaveBeenCalledOnce();
    ports.mockRestore();
  });
});

describe("soon", () => {
  it("runs the callback in a later task unless cancelled", async () => {
    global.scheduler = fakeScheduler();
    const ran: string[] = [];
    soon(() => ran.push("kept"));
    const cancel = soon(() => ran.push("cancelled"));
    cancel();
    expect(ran).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toEqual(["kept"]);
  });
});
