// The run wing on its own, outside React and the browser: calls go to the in-process simulator through the page's
// fetch, the store shows them by id, and history files each with the request it was sent.
import "fake-indexeddb/auto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadCallDetails } from "@/lib/history/history-client";
import { createSimulator } from "@/lib/simulator/handler";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { runCall, runningCount, stopRun } from "./runs";

const ask = (content: string) => ({
  model: "claude-opus-4-6",
  max_tokens: 256,
  stream: true,
  messages: [{ role: "user", content }],
});
const textOf = (id: string) =>
  (usePlaygroundStore.getState().runs[id].message?.content ?? [])
    .map((block) => ("text" in block ? block.text : ""))
    .join("");

beforeAll(() => {
  // The page's fetch of /api/v1/messages, answered by a simulator that streams at a readable pace.
  const simulator = createSimulator({ pacing: { firstTokenMs: 20, tokensPerSecond: 100 } });
  vi.stubGlobal("fetch", (input: string, init?: RequestInit) =>
    simulator(new Request(new URL(input, "http://page.test"), init)),
  );
});
afterAll(() => vi.unstubAllGlobals());

describe("runs", () => {
  it("runs four calls at once, each under its own id, and ends them apart", async () => {
    const questions = ["tides", "harbours", "lighthouses", "estuaries"];
    const started = questions.map((q) => runCall({ request: ask(`Tell me about ${q}.`), betas: [] }));
    await vi.waitFor(() => expect(runningCount()).toBe(4));
    const ids = await Promise.all(started);
    expect(new Set(ids).size).toBe(4);
    expect(runningCount()).toBe(0);
    const { runs } = usePlaygroundStore.getState();
    ids.forEach((id, i) => {
      expect(runs[id]).toMatchObject({ status: "done", request: ask(`Tell me about ${questions[i]}.`) });
      expect(textOf(id)).toContain(questions[i]);
    });
  });

  it("stops one run by its id and lets the others finish", async () => {
    const first = runCall({ request: ask("Tell me about tides."), betas: [] });
    const second = runCall({ request: ask("Tell me about harbours."), betas: [] });
    const streaming = () => Object.values(usePlaygroundStore.getState().runs).filter((r) => r.status === "streaming");
    await vi.waitFor(() => expect(streaming()).toHaveLength(2));
    const firstId = streaming().find((r) => JSON.stringify(r.request).includes("tides"))!.id;
    stopRun(firstId);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(firstId);
    expect(usePlaygroundStore.getState().runs[a].error).toBeUndefined();
    expect(usePlaygroundStore.getState().runs[a].status).toBe("stopped");
    expect(usePlaygroundStore.getState().runs[b].status).toBe("done");
  });

  it("files each call in history with the request that call sent, not the one in the editor", async () => {
    usePlaygroundStore.getState().replaceRequest(ask("What the editor holds now"));
    const [a, b] = await Promise.all([
      runCall({ request: ask("First question"), betas: [] }),
      runCall({ request: { ...ask("Second question"), model: "claude-haiku-4-5" }, betas: ["some-beta-2026-01-01"] }),
    ]);
    await vi.waitFor(async () => {
      expect(await loadCallDetails(a)).toBeDefined();
      expect(await loadCallDetails(b)).toBeDefined();
    });
    expect((await loadCallDetails(a))?.request).toEqual(ask("First question"));
    expect(await loadCallDetails(b)).toMatchObject({
      request: { ...ask("Second question"), model: "claude-haiku-4-5" },
      betas: ["some-beta-2026-01-01"],
    });
    const history = usePlaygroundStore.getState().history;
    expect(history.find((c) => c.id === b)?.model).toBe("claude-haiku-4-5");
    expect(history.find((c) => c.id === a)?.model).toBe("claude-opus-4-6");
  });
});
