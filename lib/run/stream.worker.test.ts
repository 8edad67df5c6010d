import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { WireDecoder, type CallWorkerReply } from "./call-wire";
import type { CallForPageReply } from "./worker-call";
import { textStream, tokenize } from "../stream/synthetic-stream";

// The worker's calls, seen from inside: which ones ran, and how each ended (the warm-up's never reach the page).
const calls = vi.hoisted(() => [] as { model: string; outcome?: string }[]);
vi.mock("./worker-call", async (importActual) => {
  const actual = await importActual<typeof import("./worker-call")>();
  return {
    ...actual,
    runCallForPage: (body: { model: string }, options: { post: (reply: CallForPageReply) => void }) => {
      const call: { model: string; outcome?: string } = { model: body.model };
      calls.push(call);
      return actual.runCallForPage(body as never, {
        ...(options as never as Parameters<typeof actual.runCallForPage>[1]),
        post: (reply) => {
          if (reply.type === "outcome") call.outcome = reply.outcome.status;
          options.post(reply);
        },
      });
    },
  };
});

// The worker module run in node: `self` is a stand-in whose postMessage is the page; fetch answers the page's call.
const toPage: CallWorkerReply[] = [];
const scope = {
  postMessage: (reply: CallWorkerReply) => toPage.push(reply),
  onmessage: null as null | ((event: { data: unknown }) => void),
};
const REPLY = "Hello, **world**.\n\nA second paragraph.";
/** Calls in flight now, the most at once, and the models refused once with a 429 (retry-after-ms 20). */
const traffic = { inFlight: 0, most: 0, refuse: new Set<string>() };

beforeAll(async () => {
  vi.stubGlobal("self", scope);
  vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
    const { model } = JSON.parse(String(init.body)) as { model: string };
    if (traffic.refuse.delete(model))
      return new Response(
        JSON.stringify({ type: "error", error: { type: "rate_limit_error", message: "Slow down" } }),
        {
          status: 429,
          headers: { "content-type": "application/json", "retry-after-ms": "20" },
        },
      );
    traffic.most = Math.max(traffic.most, ++traffic.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    traffic.inFlight--;
    init.signal?.throwIfAborted();
    return new Response(textStream(tokenize(REPLY)), { headers: { "content-type": "text/event-stream" } });
  });
  await import("./stream.worker");
});
afterAll(() => vi.unstubAllGlobals());

describe("the stream worker", () => {
  it("warms up on its own without a word to the page, and stops when the page's first call comes", async () => {
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0));
    expect(calls[0].model).toBe("warm-up");
    expect(toPage).toEqual([]);

    scope.onmessage!({
      data: {
        type: "start",
        id: "1",
        body: { model: "claude-opus-4-6", max_tokens: 64, messages: [{ role: "user", content: "Hi" }] },
      },
    });
    await vi.waitFor(() => expect(toPage.some((reply) => reply.type === "outcome")).toBe(true));

    // Everything the page got is its call's, and the reply is whole.
    expect(new Set(toPage.map((reply) => "id" in reply && reply.id))).toEqual(new Set(["1"]));
    const decoder = new WireDecoder();
    const outcome = toPage
      .map((reply) =>
        reply.type === "update"
          ? decoder.update(reply.update)
          : reply.type === "outcome"
            ? decoder.outcome(reply.outcome)
            : undefined,
      )
      .at(-1)!;
    expect(outcome).toMatchObject({ status: "done", message: { content: [{ type: "text", text: REPLY }] } });
    // The warm-up call under way stopped, and none began after the page's.
    await vi.waitFor(() => expect(calls.every((call) => call.outcome !== undefined)).toBe(true));
    const warmUps = calls.slice(0, -1);
    expect(calls.at(-1)).toEqual({ model: "claude-opus-4-6", outcome: "done" });
    expect(warmUps.every((call) => call.model === "warm-up")).toBe(true);
    expect(warmUps.at(-1)!.outcome).toBe("stopped");
    expect(warmUps.length).toBeLessThan(3);
  });

  it("runs a pool: at most its concurrency in flight, each attempt announced, a 429 sent again, then done", async () => {
    toPage.length = 0;
    traffic.most = 0;
    traffic.refuse.add("model-2");
    const body = (model: string) => ({ model, max_tokens: 64, messages: [{ role: "user" as const, content: "Hi" }] });
    const pool = Array.from({ length: 6 }, (_, i) => ({ body: body(`model-${i}`), markdown: false }));
    scope.onmessage!({ data: { type: "pool", id: "p1", calls: pool, concurrency: 2 } });
    await vi.waitFor(() => expect(toPage.some((reply) => reply.type === "pool-done")).toBe(true));

    expect(traffic.most).toBe(2);
    const started = toPage.flatMap((reply) => (reply.type === "pool-started" ? [reply] : []));
    expect(started.map((s) => `${s.index}:${s.attempt}`).sort()).toEqual(
      ["0:1", "1:1", "2:1", "2:2", "3:1", "4:1", "5:1"].sort(),
    );
    const outcomes = toPage.flatMap((reply) => (reply.type === "outcome" ? [reply] : []));
    // Each attempt's outcome comes under the id its start announced; the refused one with the wait it asked for.
    expect(outcomes.map((o) => o.id).sort()).toEqual(started.map((s) => s.id).sort());
    const refused = outcomes.find((o) => o.id === started.find((s) => s.index === 2 && s.attempt === 1)!.id)!;
    expect(refused).toMatchObject({ retryInMs: 20, outcome: { status: "error", httpStatus: 429 } });
    expect(outcomes.filter((o) => o.retryInMs === undefined).map((o) => o.outcome.status)).toEqual(
      Array(6).fill("done"),
    );
    expect(
      toPage.filter((reply) => reply.type === "pool-waiting").map((r) => r.type === "pool-waiting" && !!r.until),
    ).toEqual([true, false]);
    expect(toPage.at(-1)).toEqual({ type: "pool-done", pool: "p1" });
  });

  it("stops a pool: what is queued is cancelled, what is in flight stops, and the pool is done", async () => {
    toPage.length = 0;
    const body = { model: "claude-opus-4-6", max_tokens: 64, messages: [{ role: "user" as const, content: "Hi" }] };
    scope.onmessage!({ data: { type: "pool", id: "p2", calls: Array(8).fill({ body }), concurrency: 2 } });
    await vi.waitFor(() => expect(toPage.some((reply) => reply.type === "pool-started")).toBe(true));
    scope.onmessage!({ data: { type: "abort-pool", id: "p2" } });
    await vi.waitFor(() => expect(toPage.some((reply) => reply.type === "pool-done")).toBe(true));

    const started = toPage.filter((reply) => reply.type === "pool-started").length;
    const cancelled = toPage.flatMap((reply) => (reply.type === "pool-cancelled" ? [reply.index] : []));
    expect(started).toBeLessThanOrEqual(2);
    expect(started + cancelled.length).toBe(8);
    const outcomes = toPage.flatMap((reply) => (reply.type === "outcome" ? [reply.outcome.status] : []));
    expect(outcomes).toEqual(Array(started).fill("stopped"));
  });
});
