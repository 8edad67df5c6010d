// A cold markdown-it and highlight.js run several times slower than compiled ones: a worker that converts
// replies runs this while the page is idle, so that the first long reply does not pay for it (bench:stream).
import { renderMarkdown } from "./render";

const SAMPLE = [
  "## A heading\n\nA paragraph with **bold**, *italic*, `code`, a [link](https://example.com) and https://example.org.",
  "- one\n- two with `code`\n  1. nested\n\n> a quotation",
  "```ts\nfunction f(x: number): string {\n  // comment\n  return `${x}` + \"s\";\n}\n```",
  "```python\ndef f(x):\n    return [i * 2 for i in range(x)]  # comment\n```",
  '```json\n{"a": [1, 2.5, true, null], "b": "text"}\n```',
  "```bash\nnpm run build && echo \"done\" | grep -v x\n```",
  "| a | b |\n|---|---|\n| 1 | 2 |\n\n![image](https://example.com/a.png) <b>tag</b>",
];

export function warmUpRenderer(rounds = 120): void {
  for (let round = 0; round < rounds; round++) for (const sample of SAMPLE) renderMarkdown(`${sample} ${round}`);
}
