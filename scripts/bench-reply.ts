// The reply of the streaming benchmarks: 32,768 tokens of Markdown (headings, emphasis, lists, code, quotes, prose).
import { tokenize } from "../lib/stream/synthetic-stream";

export const TOKENS = 32_768;

/** The reply's text deltas, about one token each. */
export function benchReply(): string[] {
  const paragraphs = [
    "## Section {n}\n\nStreaming a long answer should never freeze the page. This paragraph has **bold**, *italic* and `inline code`, and a [link](https://example.com/{n}).\n\n",
    "- first point of list {n}\n- second point, a little longer than the first\n- third point\n\n",
    "```ts\nfunction step{n}(input: number): number {\n  // a comment\n  return input * {n} + 1;\n}\n```\n\n",
    "> A quotation to render, number {n}, long enough to wrap across the width of the transcript column on a laptop.\n\n",
    "Plain prose follows: the quick brown fox jumps over the lazy dog while the model keeps writing token after token, sentence after sentence, paragraph {n}.\n\n",
  ];
  const deltas: string[] = [];
  for (let n = 0; deltas.length < TOKENS; n++)
    deltas.push(...tokenize(paragraphs[n % paragraphs.length].replaceAll("{n}", String(n))));
  return deltas.slice(0, TOKENS);
}
