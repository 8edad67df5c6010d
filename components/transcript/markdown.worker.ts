// Converts Markdown segments off the main thread: the page only inserts the HTML it gets back.
// The same renderer as on the main thread (lib/markdown/render.ts: html off, images as placeholders).
import { renderMarkdown } from "@/lib/markdown/render";
import { warmUpRenderer } from "@/lib/markdown/warm-up";

export interface ConvertRequest {
  id: number;
  sources: string[];
}
export interface ConvertReply {
  id: number;
  html: string[];
}

self.onmessage = (event: MessageEvent<ConvertRequest>) => {
  const { id, sources } = event.data;
  const html = sources.map((source) => renderMarkdown(source));
  (self as unknown as Worker).postMessage({ id, html } satisfies ConvertReply);
};

warmUpRenderer();
