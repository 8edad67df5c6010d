// Runs calls off the main thread: reading the stream, parsing its events and accumulating the message cost
// the page most of its main thread on a fast reply (bench:stream). The page gets a snapshot per frame.
import type { RequestBody } from "@/lib/messages/types";
import { type CallWorkerReply, type CallWorkerRequest, type PoolCall, transferables } from "./call-wire";
import { runCallPool } from "./call-pool";
import { runCallForPage, type CallForPageReply } from "./worker-call";
import { textStream, tokenize } from "../stream/synthetic-stream";

const running = new Map<string, AbortController>();
const pools = new Map<string, AbortController>();
let markdownPort: MessagePort | undefined;
const toPage = (reply: CallWorkerReply) => (self as unknown as Worker).postMessage(reply, transferables(reply));
// A worker has no frames of its own: snapshots go at the display's pace, and the page renders each at its next frame.
// While a backlog is read they go less often, as the timer waits behind the read loop's yields (yield.ts); publishing
// at those yields instead made the stream no faster (docs/performance.md).
const everyFrame = (publish: () => void) => void setTimeout(publish, 16);

interface SegmentSink {
  postMessage(message: { sources: string[] }): void;
}

/** A call, the page's or the warm-up's: both run through here, with callbacks made by the same code, so the engine
 * optimizes the warm-up for what a call runs rather than for callbacks a call never passes. */
function serveCall(
  id: string,
  body: RequestBody,
  abort: AbortController,
  how: {
    endpoint?: string;
    headers?: Record<string, string>;
    fetch?: typeof fetch;
    sink?: SegmentSink;
    deliver: (reply: CallWorkerReply) => void;
  },
) {
  running.set(id, abort);
  const { sink, deliver } = how;
  return runCallForPage(body, {
    endpoint: how.endpoint,
    headers: how.headers,
    fetch: how.fetch,
    signal: abort.signal,
    schedule: everyFrame,
    sendSegments: sink && ((batch) => sink.postMessage(batch)),
    post: (reply: CallForPageReply) => {
      if (reply.type === "outcome") running.delete(id);
      deliver({ ...reply, id });
    },
  });
}

self.onmessage = (event: MessageEvent<CallWorkerRequest>) => {
  const request = event.data;
  if (request.type === "abort") return running.get(request.id)?.abort();
  if (request.type === "abort-pool") return pools.get(request.id)?.abort();
  if (request.type === "markdown-port") return void (markdownPort = request.port);
  warmUp.abort(); // the page's calls have the worker to themselves
  if (request.type === "pool") return void runPoolForPage(request.id, request.calls, request.concurrency);
  void serveCall(request.id, request.body, new AbortController(), {
    endpoint: request.endpoint,
    headers: request.headers,
    sink: request.markdown === false ? undefined : markdownPort,
    deliver: toPage,
  });
};

/** A batch's calls: each attempt is a call of its own for the page (its id, updates and outcome), started here as
 * soon as a place in the pool is free. Its outcome reaches the page with the pool's decision to try again. */
async function runPoolForPage(pool: string, calls: PoolCall[], concurrency: number) {
  const stop = new AbortController();
  pools.set(pool, stop);
  const inFlight = new Set<AbortController>();
  stop.signal.addEventListener("abort", () => inFlight.forEach((abort) => abort.abort()), { once: true });
  type Ended = Extract<CallWorkerReply, { type: "outcome" }>;
  const attemptId = (index: number, attempt: number) => `${pool}/${index}/${attempt}`;
  await runCallPool<Ended["outcome"]>(
    calls.length,
    { concurrency, signal: stop.signal },
    {
      send: (index, attempt) =>
        new Promise((resolve) => {
          const id = attemptId(index, attempt);
          toPage({ type: "pool-started", pool, index, attempt, id });
          const abort = new AbortController();
          inFlight.add(abort);
          if (stop.signal.aborted) abort.abort();
          const { body, headers, markdown } = calls[index];
          void serveCall(id, body, abort, {
            headers,
            sink: markdown === false ? undefined : markdownPort,
            deliver: (reply) => {
              if (reply.type !== "outcome") return toPage(reply);
              inFlight.delete(abort);
              resolve(reply.outcome);
            },
          });
        }),
      ended: (index, attempt, outcome, retryInMs) =>
        toPage({ type: "outcome", id: attemptId(index, attempt), outcome, retryInMs }),
      cancelled: (index) => toPage({ type: "pool-cancelled", pool, index }),
      waiting: (until) => toPage({ type: "pool-waiting", pool, until }),
    },
  );
  pools.delete(pool);
  toPage({ type: "pool-done", pool });
}

// Warm-up at start, while the page is idle: parsing and accumulating run several times slower until the engine has
// compiled them, and a long reply arriving fast would pay for that mid-stream. A few calls answered from memory, in
// chunks as a network gives them: the second and third see new closures (a parser and its callbacks are made per
// call), as every later call will, so the optimized code does not specialize for the first call's and get thrown away
// at the page's first. Enough of them that the accumulator's top-tier compile comes during the warm-up, not during the
// first long reply (docs/performance.md, "Warming up the stream worker").
const WARM_UP_CALLS = 8;
const WARM_UP_CHUNK = 32_768;
const warmUp = new AbortController();

/** A fetch that answers with `bytes` as an event stream, a chunk per read, and honours the call's abort. */
const fromMemory = (bytes: Uint8Array) => (_input: RequestInfo | URL, init?: RequestInit) => {
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (init?.signal?.aborted) return controller.error(init.signal.reason);
      controller.enqueue(bytes.subarray(offset, offset + WARM_UP_CHUNK));
      offset += WARM_UP_CHUNK;
      if (offset >= bytes.length) controller.close();
    },
  });
  return Promise.resolve(new Response(body, { headers: { "content-type": "text/event-stream" } }));
};

void (async () => {
  // About 1.5 MB of events, held only while the warm-up runs.
  const answer = fromMemory(
    new TextEncoder().encode(
      textStream(tokenize("Warming up: **bold** text, `code`, and a [link](https://example.com).\n\n".repeat(700))),
    ),
  );
  const discard = { postMessage() {} };
  for (let call = 0; call < WARM_UP_CALLS && !warmUp.signal.aborted; call++) {
    await serveCall(`warm-up-${call}`, { model: "warm-up", max_tokens: 1, messages: [] }, warmUp, {
      fetch: answer,
      sink: discard,
      deliver: () => {},
    });
  }
})();
