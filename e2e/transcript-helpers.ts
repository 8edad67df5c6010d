// A real production server proxying to a local upstream that replays recorded streams, chosen by the
// first user message ("fixture:NAME", "hostile", "slow"), plus the SDK's own accumulation to compare with.
import Anthropic from "@anthropic-ai/sdk";
import type { Page } from "@playwright/test";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";
import { replaySse, replaySseInChunks, startFakeUpstream, type FakeUpstream } from "@/lib/testing/fake-upstream";
import {
  citationsStream,
  completeFixtureStreams,
  midstreamErrorStream,
  thinkingToolStream,
} from "@/lib/testing/fixture-streams";
import { textStream, tokenize } from "@/lib/stream/synthetic-stream";

export const HOSTILE = [
  "# Hostile reply",
  "<script>window.__pwned = 'script'</script>",
  '<img src="http://evil.example/pixel.png" onerror="window.__pwned = \'img\'">',
  "![tracking pixel](http://evil.example/track.png)",
  'Inline <img src="http://evil.example/inline.png" onerror="window.__pwned = \'inline\'"> and <b onclick="window.__pwned = \'b\'">bold</b> HTML.',
  '<iframe src="http://evil.example/frame"></iframe>',
  "<style>body { background: url(http://evil.example/bg.png) }</style>",
  "[a javascript link](javascript:window.__pwned='link')",
  '<a href="http://evil.example" onclick="window.__pwned=\'a\'">html link</a>',
  '```html\n<script src="http://evil.example/x.js"></script>\n```',
  "End of the hostile reply.",
].join("\n\n");

export const SLOW_TEXT = Array.from({ length: 100 }, (_, i) => `Word${i}`).join(" ");

/** A reply far taller than the transcript's box. */
export const LONG_TEXT = Array.from(
  { length: 80 },
  (_, i) => `Paragraph ${i}: the reply keeps growing below what fits in the box.`,
).join("\n\n");

/** Code in the middle of a long reply and at its end, the reply arriving at once (a backlog): only the end's code is
 * highlighted as it is converted, the middle's when it comes into view (lib/markdown/code-highlighting.ts). The first
 * code block is forty paragraphs down: not at the top, where the box shows it for a moment before following the end
 * (on a loaded machine it can be converted and seen there first), nor near the end. It comes as one text delta: in
 * many, the network may cut the stream right after the first block, which then ends what is converted at once and is
 * rightly highlighted with it. */
export const CODE_FAR_FROM_END = [
  ...Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: prose before the first code block.`),
  "```ts\nconst first: number = 1;\n```",
  ...Array.from({ length: 40 }, (_, i) => `Paragraph ${40 + i}: prose between the two code blocks.`),
  "```ts\nconst last: number = 2;\n```",
].join("\n\n");

/** A long reply of varied Markdown, to arrive all at once: its groups go in off screen at estimated heights, which
 * the real ones then replace. */
export const FAST_LONG = Array.from(
  { length: 2000 },
  (_, n) =>
    [
      `## Section ${n}\n\nA paragraph with **bold**, *italic* and \`code\`.`,
      `- first point ${n}\n- second point\n- third point`,
      `\`\`\`ts\nfunction step${n}(input: number): number {\n  return input * ${n};\n}\n\`\`\``,
      `> A quotation, number ${n}, long enough to wrap across the width of the transcript column on a laptop screen.`,
    ][n % 4],
).join("\n\n");

/** A reply's stream, with a pause after each event, or written as fast as can be, in writes of `chunkBytes`. */
export function streamFor(body: string): { sse: string; delayMs: number; chunkBytes?: number } {
  const request = JSON.parse(body) as { messages: { role: string; content: unknown }[] };
  const first = String(request.messages[0]?.content ?? "");
  // A later turn of a tool loop: answer with plain text.
  if (request.messages.length > 1) return { sse: fixtureSse("01_text_stream_basic.sse"), delayMs: 0 };
  if (first === "hostile") return { sse: textStream(tokenize(HOSTILE)), delayMs: 0 };
  if (first === "slow") return { sse: textStream(tokenize(SLOW_TEXT)), delayMs: 40 };
  if (first === "long") return { sse: textStream(tokenize(LONG_TEXT)), delayMs: 4 };
  if (first === "fast-long") return { sse: textStream(tokenize(FAST_LONG)), delayMs: 0, chunkBytes: 16_384 };
  if (first === "code-far-from-end") return { sse: textStream([CODE_FAR_FROM_END]), delayMs: 0, chunkBytes: Infinity };
  if (first === "midstream-error") return { sse: midstreamErrorStream(), delayMs: 20 };
  if (first === "thinking-tool") return { sse: thinkingToolStream(), delayMs: 0 };
  if (first === "citations") return { sse: citationsStream(), delayMs: 5 };
  return { sse: fixtureSse(first.replace(/^fixture:/, "")), delayMs: 5 };
}

export function fixtureSse(name: string): string {
  const fixture = completeFixtureStreams().find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  return fixture.sse;
}

export interface Stack {
  upstream: FakeUpstream;
  app: AppServer;
}

export async function startStack(): Promise<Stack> {
  const upstream = await startFakeUpstream((_req, res, body) => {
    const { sse, delayMs, chunkBytes } = streamFor(body);
    return chunkBytes ? replaySseInChunks(res, sse, chunkBytes) : replaySse(res, sse, delayMs);
  });
  const app = await startAppServer({
    ANTHROPIC_API_KEY: "test-key",
    ANTHROPIC_BASE_URL: upstream.url,
    PLAYGROUND_UPSTREAM: "real",
  });
  return { upstream, app };
}

/** What the official SDK's MessageStream makes of the same stream, fetched from the same upstream. */
export async function sdkMessage(upstreamUrl: string, firstMessage: string): Promise<Anthropic.Message> {
  const client = new Anthropic({ apiKey: "test-key", baseURL: upstreamUrl, maxRetries: 0 });
  return client.messages
    .stream({ model: "claude-opus-4-6", max_tokens: 1024, messages: [{ role: "user", content: firstMessage }] })
    .finalMessage();
}

export async function send(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Message 1" }).fill(text);
  await page.getByRole("button", { name: "Run", exact: true }).click();
}
