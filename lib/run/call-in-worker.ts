// runCall in a worker (call.worker.ts), with the same options and outcome: the page's main thread is left
// to render. Updates are applied at most once per animation frame, the latest one winning (each is a whole
// snapshot). Where no worker can start, calls run on the main thread as before.
import { WireDecoder, type CallWorkerReply, type CallWorkerRequest } from "./call-wire";
import { runCall, type CallOptions, type CallOutcome, type CallUpdate } from "../stream/run-call";
import type { RequestBody } from "@/lib/messages/types";
import { soon } from "../scheduling/yield";

interface Call {
  body: RequestBody;
  options: CallOptions;
  decoder: WireDecoder;
  resolve: (outcome: CallOutcome) => void;
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
  };
  return worker;
}

function receive(reply: CallWorkerReply) {
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
  call.resolve(call.decoder.outcome(reply.outcome));
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
