// Markdown → HTML, and code → highlighted HTML, asynchronously: in a module worker where the browser has one, so
// conversion (markdown-it and highlight.js) never runs on the main thread, and the page never loads them; else on the
// main thread, with the renderer loaded then, in slices of a few milliseconds, one task each, so no slice becomes a
// long task.
import type { SegmentBatch } from "@/lib/markdown/code-highlighting";
import type { CodeToHighlight, ConvertReply, ConvertRequest, HighlightRequest, PortMessage } from "./markdown.worker";
import { keepConverted } from "@/lib/markdown/converted";
import { soon } from "@/lib/scheduling/yield";

type Done = (html: string[]) => void;
type Renderer = typeof import("@/lib/markdown/render");
/** What the worker is asked to do: convert segments, or highlight code. */
type Job = SegmentBatch | Omit<HighlightRequest, "id">;

const SLICE_MS = 8;

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { request: ConvertRequest | HighlightRequest; done: Done }>();
/** Told when conversions arrive that no view asked for (the stream worker's: see markdown.worker.ts). */
const pushListeners = new Set<() => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL("./markdown.worker.ts", import.meta.url), { type: "module", name: "markdown" });
    worker.onmessage = (event: MessageEvent<ConvertReply>) => {
      const { sources, html } = event.data;
      if (event.data.id === 0 && sources) {
        sources.forEach((source, i) => keepConverted(source, html[i]));
        for (const listener of pushListeners) listener();
        return;
      }
      const entry = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      entry?.done(event.data.html);
    };
    worker.onerror = () => {
      // The worker failed (e.g. blocked by a policy): convert what it held on the main thread from now on.
      worker = null;
      const pending = [...waiting.values()];
      waiting.clear();
      for (const entry of pending) onMainThread(entry.request, entry.done);
    };
  } catch {
    worker = null;
  }
  return worker;
}

function onMainThread(request: Job, done: Done) {
  void import("@/lib/markdown/render").then((renderer: Renderer) => {
    if ("code" in request)
      return inSlices(request.code, ({ text, language }) => renderer.highlightCode(text, language), done);
    const { sources, highlightLast = 0 } = request;
    inSlices(
      sources.map((source, i) => [source, i >= sources.length - highlightLast] as const),
      ([source, highlight]) => renderer.renderMarkdown(source, highlight),
      done,
    );
  });
}

function inSlices<T>(items: T[], make: (item: T) => string, done: Done) {
  const html: string[] = [];
  const step = () => {
    const deadline = performance.now() + SLICE_MS;
    while (html.length < items.length && (html.length === 0 || performance.now() < deadline))
      html.push(make(items[html.length]));
    if (html.length < items.length) soon(step);
    else done(html);
  };
  soon(step);
}

function ask(request: Job, done: Done): void {
  const target = typeof Worker === "function" ? getWorker() : null;
  if (!target) {
    onMainThread(request, done);
    return;
  }
  const withId: ConvertRequest | HighlightRequest = { ...request, id: nextId++ };
  waiting.set(withId.id, { request: withId, done });
  target.postMessage(withId);
}

/** Starts the worker ahead of the first reply, so its modules are loaded and warm by then. */
export function warmConverter(): void {
  if (typeof Worker === "function") getWorker();
}

/** A port on which the Markdown worker takes segments to convert, for the stream worker (null without a worker). */
export function openConverterPort(): MessagePort | null {
  const target = typeof Worker === "function" ? getWorker() : null;
  if (!target) return null;
  const channel = new MessageChannel();
  target.postMessage({ port: channel.port1 } satisfies PortMessage, [channel.port1]);
  return channel.port2;
}

/** Calls `listener` whenever conversions arrive that no view asked for; returns the unsubscribe. */
export function onPushedConversions(listener: () => void): () => void {
  pushListeners.add(listener);
  return () => pushListeners.delete(listener);
}

/** Converts the segments (in order) and calls `done` once with their HTML. */
export function convertMarkdown(batch: SegmentBatch, done: Done): void {
  ask(batch, done);
}

/** Highlights the code blocks (in order) and calls `done` once with their HTML. */
export function highlightInBackground(code: CodeToHighlight[], done: Done): void {
  ask({ code }, done);
}
