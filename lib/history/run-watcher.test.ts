import { describe, expect, it } from "vitest";
import type { RunState } from "@/lib/store/run-slice";
import { createRunWatcher, type FinishedCall } from "./run-watcher";

const request = (text: string) => ({
  model: "claude-opus-4-6",
  max_tokens: 16,
  messages: [{ role: "user", content: text }],
});

describe("createRunWatcher", () => {
  it("reports each call once, when it ends, with the request it started with", () => {
    const finished: FinishedCall[] = [];
    let clock = 100;
    const watch = createRunWatcher(
      (call) => finished.push(call),
      () => clock,
    );
    const streaming: RunState = { id: "r1", status: "streaming" };
    watch({ runs: { r1: streaming }, request: request("sent") });
    clock = 900;
    // The user edits while the reply streams: the recorded request stays the one sent.
    watch({ runs: { r1: { ...streaming, firstTokenMs: 50 } }, request: request("edited") });
    expect(finished).toHaveLength(0);
    const done: RunState = { ...streaming, status: "done", totalMs: 800 };
    watch({ runs: { r1: done }, request: request("edited") });
    watch({ runs: { r1: done }, request: request("edited again") });
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({
      startedAt: 100,
      request: request("sent"),
      run: { status: "done", totalMs: 800 },
    });
  });

  it("records stopped and failed calls too", () => {
    const finished: string[] = [];
    const watch = createRunWatcher((call) => finished.push(`${call.run.id}:${call.run.status}`));
    watch({ runs: { a: { id: "a", status: "streaming" } }, request: request("x") });
    watch({ runs: { a: { id: "a", status: "stopped" }, b: { id: "b", status: "error" } }, request: request("x") });
    expect(finished).toEqual(["a:stopped", "b:error"]);
  });
});
