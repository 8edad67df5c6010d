// A cold markdown-it and highlight.js run several times slower than compiled ones, and the engine's optimizing
// compiler, if it first meets them during a long fast reply, takes the cores' time the reply needs (bench:stream).
// A worker that converts replies runs this while the page is idle, so that the first long reply does not pay for it.
import { highlightCode, renderMarkdown } from "./render";
import { soon } from "@/lib/scheduling/yield";

/** Code as the page asks for it to be highlighted: [language, text]. */
const CODE: [string, string][] = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source to highlight, not a template
  ["ts", 'function f(x: number): string {\n  // comment\n  return `${x}` + "s";\n}\n'],
  ["python", "def f(x):\n    return [i * 2 for i in range(x)]  # comment\n"],
  ["json", '{"a": [1, 2.5, true, null], "b": "text"}\n'],
  ["bash", 'npm run build && echo "done" | grep -v x\n'],
];
const SAMPLE = [
  "## A heading\n\nA paragraph with **bold**, *italic*, `code`, a [link](https://example.com) and https://example.org.",
  "- one\n- two with `code`\n  1. nested\n\n> a quotation",
  ...CODE.map(([language, text]) => `\`\`\`${language}\n${text}\`\`\``),
  "| a | b |\n|---|---|\n| 1 | 2 |\n\n![image](https://example.com/a.png) <b>tag</b>",
];

/** Rounds of the samples: enough that the optimizing compiler is done with the renderer before the first long reply
 * (docs/performance.md, "Warming up the renderer"). About a second of one core, in slices. */
export const WARM_UP_ROUNDS = 600;
const SLICE_MS = 10;

/** Renders the samples `rounds` times, in slices of a few milliseconds, each its own task: a request that comes
 * meanwhile is answered between two slices. Stops early once `stop()` is true (real work warms the code as well). */
export function warmUpRenderer(rounds = WARM_UP_ROUNDS, stop: () => boolean = () => false): void {
  let round = 0;
  const slice = () => {
    const deadline = performance.now() + SLICE_MS;
    for (; round < rounds && performance.now() < deadline; round++) {
      for (const sample of SAMPLE) renderMarkdown(`${sample} ${round}`);
      // Code comes back plain from renderMarkdown; highlighting it is asked for apart, as the page does.
      for (const [language, text] of CODE) highlightCode(`${text} ${round}`, language);
    }
    if (round < rounds && !stop()) soon(slice);
  };
  slice();
}
