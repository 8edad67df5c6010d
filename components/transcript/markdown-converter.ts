// Markdown → HTML, asynchronously: in a module worker where the browser has one, so conversion (markdown-it
// and highlight.js) never runs on the main thread, and the page never loads them; else on the main thread,
// with the renderer loaded then, in slices of a few milliseconds, one task each, so no slice becomes a long task.
import type { ConvertReply, ConvertRequest, PortMessage } from "./markdown.worker";
import { keepConverted } from "@/lib/markdown/converted";
import { soon } from "@/lib/stream/yield";

type Done = (html: string[]) => void;

const SLICE_MS = 8;

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { sources: string[]; done: Done }>();
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
      for (const entry of pending) convertOnMainThread(entry.sources, entry.done);
    };
  } catch {
    worker = null;
  }
  return worker;
}

function convertOnMainThread(sources: string[], done: Done) {
  void import("@/lib/markdown/render").then(({ renderMarkdown }) => convertInSlices(renderMarkdown, sources, done));
}

function convertInSlices(renderMarkdown: (source: string) => string, sources: string[], done: Done) {
  const html: string[] = [];
  const step = () => {
    const deadline = performance.now() + SLICE_MS;
    while (html.length < sources.length && (html.length === 0 || performance.now() < deadline)) html.push(renderMarkdown(sources[html.length]));
    if (html.length < sources.length) soon(step);
    else done(html);
  };
  soon(step);
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

/** Converts the sources (in order) and calls `done` once with their HTML. */
export function convertMarkdown(sources: string[], done: Done): void {
  const target = typeof Worker === "function" ? getWorker() : null;
  if (!target) return convertOnMainThread(sources, done);
  const id = nextId++;
  waiting.set(id, { sources, done });
  target.postMessage({ id, sources } satisfies ConvertRequest);
}
