// Converts Markdown segments off the main thread: the page only inserts the HTML it gets back.
// The same renderer as on the main thread (lib/markdown/render.ts: html off, images as placeholders).
// Segments come from two places: the page asks for what its views miss, and the stream worker sends what a
// reply has finished as it streams (through a port the page gave it); the result goes to the page either way.
import { renderMarkdown } from "@/lib/markdown/render";
import { warmUpRenderer } from "@/lib/markdown/warm-up";

export interface ConvertRequest {
  id: number;
  sources: string[];
}
/** `id` 0: conversions the stream worker asked for, not answering a request of the page's. */
export interface ConvertReply {
  id: number;
  sources?: string[];
  html: string[];
}
export interface PortMessage {
  port: MessagePort;
}

/** Recent conversions: the page often asks for a segment the stream worker sent a moment before. */
const RECENT = 4_000;
const recent = new Map<string, string>();

function convert(source: string): string {
  let html = recent.get(source);
  if (html === undefined) {
    html = renderMarkdown(source);
    recent.set(source, html);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  return html;
}

const reply = (message: ConvertReply) => (self as unknown as Worker).postMessage(message);
/** Set by the first segments to convert: the warm-up then stops, and leaves the worker to them. */
let busy = false;

self.onmessage = (event: MessageEvent<ConvertRequest | PortMessage>) => {
  if ("port" in event.data) {
    event.data.port.onmessage = (pushed: MessageEvent<{ sources: string[] }>) => {
      busy = true;
      const { sources } = pushed.data;
      reply({ id: 0, sources, html: sources.map(convert) });
    };
    return;
  }
  busy = true;
  const { id, sources } = event.data;
  reply({ id, html: sources.map(convert) });
};

warmUpRenderer(undefined, () => busy);
