// Converts Markdown segments off the main thread: the page only inserts the HTML it gets back.
// The same renderer as on the main thread (lib/markdown/render.ts: html off, images as placeholders).
// Segments come from two places: the page asks for what its views miss, and the stream worker sends what a
// reply has finished as it streams (through a port the page gave it); the result goes to the page either way.
// Code comes back marked, not highlighted, except at the end of a reply; the page asks for the rest to be highlighted
// as it comes into view (lib/markdown/code-highlighting.ts).
import type { SegmentBatch } from "@/lib/markdown/code-highlighting";
import { highlightCode, renderMarkdown } from "@/lib/markdown/render";
import { warmUpRenderer } from "@/lib/markdown/warm-up";

export interface ConvertRequest extends SegmentBatch {
  id: number;
}
export interface CodeToHighlight {
  text: string;
  language: string;
}
export interface HighlightRequest {
  id: number;
  code: CodeToHighlight[];
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

/** Recent results: the page often asks for a segment the stream worker sent a moment before, and for code it had
 * highlighted once, when a view is made again. */
const RECENT = 4_000;
const recentPlain = new Map<string, string>();
const recentHighlighted = new Map<string, string>();
const recentCode = new Map<string, string>();

function remember(recent: Map<string, string>, key: string, html: string): string {
  recent.set(key, html);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return html;
}

/** A segment's HTML; with its code highlighted if asked, or if it was once (the better of the two is never undone). */
function convert(source: string, highlight: boolean): string {
  const html = recentHighlighted.get(source) ?? (highlight ? undefined : recentPlain.get(source));
  return html ?? remember(highlight ? recentHighlighted : recentPlain, source, renderMarkdown(source, highlight));
}

const convertBatch = ({ sources, highlightLast = 0 }: SegmentBatch) =>
  sources.map((source, i) => convert(source, i >= sources.length - highlightLast));

function highlight({ text, language }: CodeToHighlight): string {
  // A language name has no white space (render.ts takes the info string's first word), so the key is unambiguous.
  const key = `${language} ${text}`;
  return recentCode.get(key) ?? remember(recentCode, key, highlightCode(text, language));
}

const reply = (message: ConvertReply) => (self as unknown as Worker).postMessage(message);
/** Set by the first segments to convert: the warm-up then stops, and leaves the worker to them. */
let busy = false;

self.onmessage = (event: MessageEvent<ConvertRequest | HighlightRequest | PortMessage>) => {
  if ("port" in event.data) {
    event.data.port.onmessage = (pushed: MessageEvent<SegmentBatch>) => {
      busy = true;
      reply({ id: 0, sources: pushed.data.sources, html: convertBatch(pushed.data) });
    };
    return;
  }
  busy = true;
  const request = event.data;
  reply({ id: request.id, html: "code" in request ? request.code.map(highlight) : convertBatch(request) });
};

warmUpRenderer(undefined, () => busy);
