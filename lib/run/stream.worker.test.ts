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

beforeAll(async () => {
  vi.stubGlobal("self", scope);
  vi.stubGlobal(
    "fetch",
    async () => new Response(textStream(tokenize(REPLY)), { headers: { "content-type": "text/event-stream" } }),
  );
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
    expect(new Set(toPage.map((reply) => reply.id))).toEqual(new Set(["1"]));
    const decoder = new WireDecoder();
    const outcome = toPage
      .map((reply) => (reply.type === "update" ? decoder.update(reply.update) : decoder.outcome(reply.outcome)))
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
});
