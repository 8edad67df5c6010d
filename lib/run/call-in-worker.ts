// runCall in a worker (stream.worker.ts), with the same options and outcome: the page's main thread is left
// to render. Updates are applied at most once per animation frame, the latest one winning (each is a whole
// snapshot). A batch's calls go to the worker as a pool (call-pool.ts): the worker starts each call as soon as another
// ends, and the page is told of each attempt as it begins. Where no worker can start, calls run on the main thread.
import { WireDecoder, type CallWorkerReply, type CallWorkerRequest, type PoolCall } from "./call-wire";
import { runCallPool } from "./call-pool";
import { runCall, type CallOptions, type CallOutcome, type CallUpdate } from "../stream/run-call";
import type { RequestBody } from "@/lib/messages/types";
import { soon } from "../scheduling/yield";

interface Call {
  body: RequestBody;
  options: CallOptions;
  decoder: WireDecoder;
  /** `retryInMs`: a pool's call that goes back to its queue. */
  resolve: (outcome: CallOutcome, retryInMs?: number) => void;
  latest?: CallUpdate;
  /** The latest update has not been shown yet. */
  fresh: boolean;
  frame?: number;
  timer?: ReturnType<typeof setTimeout>;
  cancelTask?: () => void;
  /** The next update is not shown before this time (performance.now()). */
  notBefore: number;
  heard: boolean;
}

let worker: Worker | null | undefined;
const calls = new Map<string, Call>();
const pools = new Map<string, PagePool>();
let nextId = 1;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker !== "function") return (worker = null);
  try {
    worker = new Worker(new URL("./stream.worker.ts", import.meta.url), { type: "module", name: "stream" });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<CallWorkerReply>) => receive(event.data);
  worker.onerror = () => {
    // The worker could not start (a policy, an old browser) or died: calls it had not begun answering run
    // on the main thread; one it was streaming ends with an error that keeps what arrived.
    worker = null;
    for (const [id, call] of calls) {
      calls.delete(id);
      stopSchedule(call);
      if (!call.heard) void runCall(call.body, call.options).then(call.resolve);
      else {
        const error = {
          type: "client_error",
          message: "The page's stream reader stopped. What arrived is kept; try again.",
        };
        call.resolve({
          status: "error",
          error,
          message: call.latest?.message,
          totalMs: call.latest?.live?.elapsedMs ?? 0,
          events: call.decoder.events,
          eventCount: call.decoder.events.count,
        });
      }
    }
    // A pool's calls that had not begun go on here.
    for (const [id, pool] of pools) {
      pools.delete(id);
      const rest = pool.calls.map((_, index) => index).filter((index) => !pool.begun.has(index));
      void Promise.all([runPoolHere(pool, rest), pool.inFlight()]).then(pool.done);
    }
  };
  return worker;
}

function receive(reply: CallWorkerReply) {
  if (reply.type === "pool-started" || reply.type === "pool-waiting" || reply.type === "pool-cancelled")
    return receiveForPool(reply);
  if (reply.type === "pool-done") {
    pools.get(reply.pool)?.done();
    return void pools.delete(reply.pool);
  }
  const call = calls.get(reply.id);
  if (!call) return;
  call.heard = true;
  if (reply.type === "update") {
    call.latest = call.decoder.update(reply.update);
    call.fresh = true;
    schedule(reply.id, call);
    return;
  }
  calls.delete(reply.id);
  stopSchedule(call);
  call.resolve(call.decoder.outcome(reply.outcome), reply.retryInMs);
}

/** The main thread's share at most that drawing a stream takes: the rest is left to input, and to the workers
 * the page shares its cores with (a third rather than a half: docs/performance.md). */
const DRAW_SHARE = 1 / 3;

/**
 * Shows the latest update once per frame, but spends at most DRAW_SHARE of the main thread on it: the next update
 * waits until the last one's cost (its script, then its frame's style, layout and paint) is that share of the time
 * since it began. On a fast machine that is every frame; on a slow one, a fast stream is drawn in fewer, larger steps
 * instead of falling behind (each frame costs the page a fixed amount besides the new text).
 * The update's script (React's render and commit) runs in a task of its own just after a frame, and the next frame
 * lays it out and paints it: two tasks of half the length rather than one. On busy cores a task's wall time is mostly
 * waits for a core, and the pair run inside one frame made long tasks (docs/performance.md); the Markdown inserts are
 * split the same way (markdown-dom.ts).
 */
function schedule(id: string, call: Call) {
  if (call.frame !== undefined || call.timer !== undefined || call.cancelTask !== undefined) return;
  const atFrame = () => {
    call.frame = requestAnimationFrame(() => {
      call.frame = undefined;
      call.cancelTask = soon(() => {
        call.cancelTask = undefined;
        if (!call.fresh || !call.latest || !calls.has(id)) return;
        call.fresh = false;
        const started = performance.now();
        call.options.onUpdate(call.latest);
        const scriptMs = performance.now() - started;
        call.frame = requestAnimationFrame(() => {
          const frameStart = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            call.frame = undefined;
            call.notBefore = started + (scriptMs + performance.now() - frameStart) / DRAW_SHARE;
            if (call.fresh && calls.has(id)) schedule(id, call);
          };
          channel.port2.postMessage(null);
        });
      });
    });
  };
  const wait = call.notBefore - performance.now();
  if (wait <= 0) return atFrame();
  call.timer = setTimeout(() => {
    call.timer = undefined;
    atFrame();
  }, wait);
}

function stopSchedule(call: Call) {
  call.cancelTask?.();
  cancelAnimationFrame(call.frame ?? 0);
  clearTimeout(call.timer);
}

/** Starts the worker ahead of the first call (it warms up as it starts). */
export function warmCallWorker(): void {
  getWorker();
}

/** Has the stream worker send each Markdown segment a reply finishes to this port (the Markdown worker's) as it
 * streams. Without a stream worker the port is closed: the views ask for their conversions themselves. */
export function sendFinishedSegmentsTo(port: MessagePort): void {
  const target = getWorker();
  if (!target) {
    port.close();
    return;
  }
  target.postMessage({ type: "markdown-port", port } satisfies CallWorkerRequest, [port]);
}

/** Runs one call off the main thread when a worker is available; the same contract as runCall. `markdown: false` when
 * no view shows the reply as Markdown as it streams (its finished segments are then not converted ahead). */
export function runCallInWorker(
  body: RequestBody,
  options: CallOptions,
  { markdown = true }: { markdown?: boolean } = {},
): Promise<CallOutcome> {
  const target = getWorker();
  if (!target) return runCall(body, options);
  const id = String(nextId++);
  return new Promise((resolve) => {
    calls.set(id, { body, options, decoder: new WireDecoder(), resolve, fresh: false, notBefore: 0, heard: false });
    const send = (request: CallWorkerRequest) => target.postMessage(request);
    send({ type: "start", id, body, endpoint: options.endpoint, headers: options.headers, markdown });
    if (options.signal.aborted) send({ type: "abort", id });
    else options.signal.addEventListener("abort", () => send({ type: "abort", id }), { once: true });
  });
}

/** One attempt of a pool's call, as the page shows it. */
export interface PooledAttempt {
  onUpdate: (update: CallUpdate) => void;
  /** `retryInMs` when the call goes back to the queue for another try after that wait. */
  ended: (outcome: CallOutcome, retryInMs: number | undefined) => void;
}

export interface PoolHooks {
  /** Attempt `attempt` (from 1) of call `index` begins; `abort` stops it alone. */
  started: (index: number, attempt: number, abort: AbortController) => PooledAttempt;
  /** A call Stop took out of the queue, or one that waited for a retry when Stop came. */
  cancelled: (index: number) => void;
  /** The pool waits until this time (epoch ms) for a retry, or no longer (undefined). */
  waiting: (until: number | undefined) => void;
}

interface PagePool {
  calls: PoolCall[];
  concurrency: number;
  signal: AbortSignal;
  hooks: PoolHooks;
  /** The calls an attempt of which has begun. */
  begun: Set<number>;
  /** Resolves once no attempt is in flight. */
  inFlight: () => Promise<void>;
  done: () => void;
}

let nextPool = 1;

/** A batch's calls, at most `concurrency` at once, each refused call sent again after its wait (call-pool.ts): in the
 * stream worker when there is one, else here. Resolves once every call has ended or Stop has cancelled it. */
export function runPooledCalls(
  calls: PoolCall[],
  { concurrency, signal }: { concurrency: number; signal: AbortSignal },
  hooks: PoolHooks,
): Promise<void> {
  return new Promise((done) => {
    // The attempts in flight: Stop aborts each (the worker's pool does so too; here for those that run on the page).
    const live = new Set<AbortController>();
    signal.addEventListener("abort", () => live.forEach((abort) => abort.abort()), { once: true });
    let settle: (() => void) | undefined;
    const pool: PagePool = {
      calls,
      concurrency,
      signal,
      begun: new Set(),
      done: () => done(),
      inFlight: () => (live.size ? new Promise((resolve) => (settle = resolve)) : Promise.resolve()),
      hooks: {
        ...hooks,
        started: (index, attempt, abort) => {
          live.add(abort);
          pool.begun.add(index);
          if (signal.aborted) abort.abort();
          const shown = hooks.started(index, attempt, abort);
          return {
            onUpdate: shown.onUpdate,
            ended: (outcome, retryInMs) => {
              shown.ended(outcome, retryInMs);
              live.delete(abort);
              if (live.size === 0) settle?.();
            },
          };
        },
      },
    };
    const target = getWorker();
    if (!target)
      return void runPoolHere(
        pool,
        calls.map((_, index) => index),
      ).then(done);
    const id = String(nextPool++);
    pools.set(id, pool);
    target.postMessage({ type: "pool", id, calls, concurrency } satisfies CallWorkerRequest);
    const abortPool = () => target.postMessage({ type: "abort-pool", id } satisfies CallWorkerRequest);
    if (signal.aborted) abortPool();
    else signal.addEventListener("abort", abortPool, { once: true });
  });
}

/** The worker's news of one of its pools: an attempt that begins is a call the page follows by its id. */
function receiveForPool(reply: Extract<CallWorkerReply, { type: "pool-started" | "pool-waiting" | "pool-cancelled" }>) {
  const pool = pools.get(reply.pool);
  if (!pool) return;
  if (reply.type === "pool-waiting") return pool.hooks.waiting(reply.until);
  if (reply.type === "pool-cancelled") return pool.hooks.cancelled(reply.index);
  const abort = new AbortController();
  const { id } = reply;
  abort.signal.addEventListener("abort", () => worker?.postMessage({ type: "abort", id } satisfies CallWorkerRequest), {
    once: true,
  });
  const shown = pool.hooks.started(reply.index, reply.attempt, abort);
  const { body, headers } = pool.calls[reply.index];
  calls.set(id, {
    body,
    options: { signal: abort.signal, headers, onUpdate: shown.onUpdate },
    decoder: new WireDecoder(),
    resolve: shown.ended,
    fresh: false,
    notBefore: 0,
    heard: false,
  });
}

/** The pool on the page's main thread (no worker, or the worker died): the same rule, with runCall. */
function runPoolHere(pool: PagePool, indices: number[]): Promise<void> {
  const attempts = new Map<number, PooledAttempt>();
  return runCallPool<CallOutcome>(
    indices.length,
    { concurrency: pool.concurrency, signal: pool.signal },
    {
      send: (i, attempt) => {
        const index = indices[i];
        const abort = new AbortController();
        const shown = pool.hooks.started(index, attempt, abort);
        attempts.set(i, shown);
        return runCall(pool.calls[index].body, {
          signal: abort.signal,
          headers: pool.calls[index].headers,
          onUpdate: shown.onUpdate,
        });
      },
      ended: (i, _attempt, outcome, retryInMs) => attempts.get(i)?.ended(outcome, retryInMs),
      cancelled: (i) => pool.hooks.cancelled(indices[i]),
      waiting: pool.hooks.waiting,
    },
  );
}
