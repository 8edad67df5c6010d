// A batch on its own, outside React and the browser: calls go to the in-process simulator through the page's fetch,
// at most `concurrency` at once; a 429 waits for its retry-after and is sent again; Stop cancels what is queued and in
// flight; history files every call with its batch, variant, test case, repeat and attempt.
import "fake-indexeddb/auto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadHistory } from "@/lib/history/history-client";
import { FAULT_HEADER } from "@/lib/simulator/faults";
import { createSimulator } from "@/lib/simulator/handler";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { DEFAULT_REQUEST } from "@/lib/store/request-slice";
import { FIRST_VARIANT } from "@/lib/store/variants-slice";
import { runEditor, runningCount, stopRun } from "./runs";

let inFlight = 0;
let mostInFlight = 0;
let sent: { body: { system?: string; messages: { content: string }[] }; at: number }[] = [];
/** Bodies whose first attempt the simulator refuses with 429 and `retry-after`. */
const refuseOnce = new Map<string, number>();

beforeAll(() => {
  const simulator = createSimulator({ pacing: { firstTokenMs: 30, tokensPerSecond: 200 } });
  vi.stubGlobal("fetch", async (input: string, init: RequestInit) => {
    const text = String(init.body);
    const headers = new Headers(init.headers);
    for (const [marker, seconds] of refuseOnce)
      if (text.includes(marker)) {
        refuseOnce.delete(marker);
        headers.set(FAULT_HEADER, `429=${seconds}`);
      }
    sent.push({ body: JSON.parse(text), at: Date.now() });
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    const response = await simulator(new Request(new URL(input, "http://page.test"), { ...init, headers }));
    // In flight until its body has been read to the end.
    const reader = response.body!.getReader();
    const body = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
        if (done) {
          inFlight--;
          controller.close();
        } else controller.enqueue(value);
      },
      cancel() {
        inFlight--;
        void reader.cancel();
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  });
});
afterAll(() => vi.unstubAllGlobals());

const s = () => usePlaygroundStore.getState();

beforeEach(() => {
  sent = [];
  inFlight = 0;
  mostInFlight = 0;
  usePlaygroundStore.setState({
    variants: [FIRST_VARIANT],
    selectedVariant: 0,
    request: DEFAULT_REQUEST,
    betas: [],
    sameMessages: true,
    variableValues: {},
    testCases: [],
    repeats: 1,
    concurrency: 4,
    confirmAboveUsd: 1,
    batch: null,
    runConfirmation: null,
  });
});

/** Two variants (two system prompts) over `cases` test cases of {{topic}}. */
function setUp(cases: string[]) {
  s().setMessageText(0, "Tell me about {{topic}}.");
  s().setField("system", "Be brief.");
  s().addVariant();
  s().setField("system", "Be thorough.");
  s().importTestCases({ columns: ["topic"], rows: cases.map((topic) => ({ topic })) }, true);
}

describe("a batch", () => {
  it("runs cases × variants with at most `concurrency` in flight, filling each cell and the progress", async () => {
    const topics = ["tides", "harbours", "lighthouses", "estuaries", "reefs", "dunes"];
    setUp(topics);
    s().setConcurrency(3);
    await runEditor();
    const batch = s().batch!;
    expect(batch).toMatchObject({ status: "done", total: 12, finished: 12 });
    expect(mostInFlight).toBe(3);
    expect(sent).toHaveLength(12);
    // The values were filled in: no braces reached the API.
    expect(sent.every(({ body }) => !JSON.stringify(body).includes("{{"))).toBe(true);
    topics.forEach((topic, row) => {
      for (const variant of [0, 1]) {
        const [call] = batch.cells[`${row}:${variant}`];
        expect(call.status).toBe("done");
        expect(call.message?.content.map((b) => ("text" in b ? b.text : "")).join("")).toContain(topic);
        expect(call.costUsd).toBeGreaterThan(0);
      }
    });
    expect(batch.costUsd).toBeCloseTo(
      Object.values(batch.cells).reduce((sum, [c]) => sum + (c.costUsd ?? 0), 0),
      10,
    );
    expect(runningCount()).toBe(0);
  });

  it("changes a call's run and its cell in one update of the store, as it starts and as it ends", async () => {
    setUp(["tides", "harbours", "lighthouses"]);
    const seen: string[] = [];
    // Every update the views hear: a run of the batch and its cell never disagree about where the call stands.
    const unsubscribe = usePlaygroundStore.subscribe((state) => {
      const batch = state.batch;
      if (!batch) return;
      const cells = Object.values(batch.cells).flat();
      for (const run of Object.values(state.runs)) {
        if (run.tags?.batch !== batch.id) continue;
        const cell = cells.find((c) => c.runId === run.id);
        if (!cell) seen.push(`run ${run.id} without its cell`);
        else if ((run.status === "streaming") !== (cell.status === "streaming"))
          seen.push(`run ${run.status}, cell ${cell.status}`);
      }
    });
    await runEditor();
    unsubscribe();
    expect(s().batch).toMatchObject({ status: "done", finished: 6 });
    expect(seen).toEqual([]);
  });

  it("files a running batch's calls in history only once it has ended", async () => {
    setUp(["tides", "harbours"]);
    s().setConcurrency(1);
    const running = runEditor();
    await vi.waitFor(() => expect(s().batch?.finished).toBeGreaterThanOrEqual(1), { timeout: 10_000 });
    const batch = s().batch!;
    expect(batch.status).toBe("running");
    // Calls have ended and the page has been idle since: nothing is recorded, listed or stored yet.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s().history.filter((c) => c.tags?.batch === batch.id)).toHaveLength(0);
    expect((await loadHistory()).filter((c) => c.tags?.batch === batch.id)).toHaveLength(0);
    await running;
    await vi.waitFor(() => expect(s().history.filter((c) => c.tags?.batch === batch.id)).toHaveLength(4));
    await vi.waitFor(async () =>
      expect((await loadHistory()).filter((c) => c.tags?.batch === batch.id)).toHaveLength(4),
    );
  });

  it("files every call in history with its batch, variant, test case and repeat", async () => {
    setUp(["tides"]);
    s().renameVariant(1, "Thorough");
    s().setRepeats(2);
    await runEditor();
    const batch = s().batch!;
    await vi.waitFor(async () => {
      const mine = (await loadHistory()).filter((c) => c.tags?.batch === batch.id);
      expect(mine).toHaveLength(4);
    });
    // Listed as soon as the batch has ended (while it runs, every few seconds at most).
    await vi.waitFor(() => expect(s().history.filter((c) => c.tags?.batch === batch.id)).toHaveLength(4));
    const tags = (await loadHistory())
      .filter((c) => c.tags?.batch === batch.id)
      .map((c) => c.tags)
      .sort((a, b) => a!.variant - b!.variant || a!.repeat! - b!.repeat!);
    expect(tags).toEqual([
      { batch: batch.id, batchNumber: batch.number, variant: 1, testCase: 1, repeat: 1 },
      { batch: batch.id, batchNumber: batch.number, variant: 1, testCase: 1, repeat: 2 },
      { batch: batch.id, batchNumber: batch.number, variant: 2, variantName: "Thorough", testCase: 1, repeat: 1 },
      { batch: batch.id, batchNumber: batch.number, variant: 2, variantName: "Thorough", testCase: 1, repeat: 2 },
    ]);
  });

  it("waits as a 429's retry-after asks, starts nothing meanwhile, then sends the call again and goes on", async () => {
    setUp(["tides", "RATE-LIMITED", "reefs"]);
    s().setConcurrency(2);
    refuseOnce.set("RATE-LIMITED", 1);
    const done = runEditor();
    await vi.waitFor(() => expect(s().batch?.waitUntil).toBeGreaterThan(0), { timeout: 5000 });
    const refusedAt = Date.now();
    const waiting = Object.values(s().batch!.cells)
      .flat()
      .find((c) => c.status === "waiting");
    expect(waiting).toMatchObject({ httpStatus: 429, attempts: 1 });
    await done;
    const batch = s().batch!;
    expect(batch).toMatchObject({ status: "done", finished: 6, total: 6 });
    const [retried] = batch.cells["1:0"];
    expect(retried).toMatchObject({ status: "done", attempts: 2 });
    // Nothing was sent in the second after the refusal (a small margin for the clock).
    const during = sent.filter((c) => c.at > refusedAt + 50 && c.at < refusedAt + 900);
    expect(during).toEqual([]);
    await vi.waitFor(async () => {
      const attempts = (await loadHistory()).filter((c) => c.tags?.batch === batch.id && c.tags.testCase === 2);
      expect(attempts.map((c) => c.httpStatus).sort()).toEqual([200, 200, 429]);
    });
  });

  it("Stop cancels the queued calls and aborts those in flight", async () => {
    setUp(["a", "b", "c", "d", "e", "f", "g", "h"]);
    s().setConcurrency(2);
    const done = runEditor();
    await vi.waitFor(() => expect(s().batch?.finished).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    await vi.waitFor(() => expect(inFlight).toBe(2));
    stopRun();
    await done;
    const batch = s().batch!;
    expect(batch.status).toBe("stopped");
    const calls = Object.values(batch.cells).flat();
    expect(calls.every((c) => ["done", "stopped"].includes(c.status))).toBe(true);
    expect(calls.filter((c) => c.status === "stopped").length).toBeGreaterThanOrEqual(10);
    // Done counts what went out; what Stop took out of the queue is not done.
    expect(batch.finished).toBe(calls.filter((c) => c.runId).length);
    expect(batch.finished).toBeLessThan(8);
    // No more calls went out after Stop, and none is left in flight.
    expect(sent.length).toBeLessThan(16);
    await vi.waitFor(() => expect(inFlight).toBe(0));
    expect(runningCount()).toBe(0);
  });

  it("asks before a run whose worst case is over the threshold, and runs once confirmed", async () => {
    setUp(["a", "b", "c", "d", "e", "f"]);
    s().setConfirmAboveUsd(0.0001);
    expect(await runEditor()).toBeNull();
    expect(s().runConfirmation).toMatchObject({ calls: 12 });
    expect(s().runConfirmation!.worstUsd).toBeGreaterThan(0.0001);
    expect(sent).toHaveLength(0);
    await runEditor({ confirmed: true });
    expect(s().runConfirmation).toBeNull();
    expect(s().batch?.finished).toBe(12);
  });

  it("refuses to run while a test case has no value, and says which", async () => {
    setUp(["tides", ""]);
    expect(await runEditor()).toBeNull();
    expect(sent).toHaveLength(0);
  });
});
