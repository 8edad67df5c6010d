// Converts Markdown segments off the main thread: the page only inserts the HTML it gets back.
// The same renderer as on the main thread (markdown-render.ts: html off, images as placeholders).
import { renderMarkdown } from "./markdown-render";

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

// Warm-up at start, while the page is idle: a cold markdown-it and highlight.js run several times slower
// than compiled ones, and the first long reply would otherwise pay for that (measured by bench:stream).
const SAMPLE = [
  "## A heading\n\nA paragraph with **bold**, *italic*, `code`, a [link](https://example.com) and https://example.org.",
  "- one\n- two with `code`\n  1. nested\n\n> a quotation",
  "```ts\nfunction f(x: number): string {\n  // comment\n  return `${x}` + \"s\";\n}\n```",
  "```python\ndef f(x):\n    return [i * 2 for i in range(x)]  # comment\n```",
  '```json\n{"a": [1, 2.5, true, null], "b": "text"}\n```',
  "```bash\nnpm run build && echo \"done\" | grep -v x\n```",
  "| a | b |\n|---|---|\n| 1 | 2 |\n\n![image](https://example.com/a.png) <b>tag</b>",
];
for (let round = 0; round < 120; round++) for (const sample of SAMPLE) renderMarkdown(`${sample} ${round}`);
