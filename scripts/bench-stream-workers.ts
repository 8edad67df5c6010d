// npm run bench:stream-workers — the CPU each of the page's two workers spends on bench:stream's reply, in node,
// with nothing else to wait for: what the stream worker does (read the SSE, parse, accumulate, snapshot for the
// page, cut the finished Markdown segments) and what the Markdown worker does (convert every segment; and,
// apart, highlight every code block, which it does only for the blocks that come into view). In
// Chromium on two shared cores the same work takes several times as long in wall time (bench:stream): these
// figures say how much of it is the workers' own cost. Medians of BENCH_RUNS (20) runs after 5 of warm-up.
import { highlightCode, renderMarkdown } from "../lib/markdown/render";
import { runCallForPage } from "../lib/run/worker-call";
import { segmentMarkdown } from "../lib/markdown/segments";
import { textStream } from "../lib/stream/synthetic-stream";
import { benchReply } from "./bench-reply";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 5;
const CHUNK = 65_536; // about what a browser's network stack hands a reader at a time

const deltas = benchReply();
const sse = new TextEncoder().encode(textStream(deltas));

/** One reply through the stream worker's code, from memory; what it posts is cloned as postMessage would. */
async function streamWorker(): Promise<number> {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let offset = 0; offset < sse.length; offset += CHUNK) controller.enqueue(sse.slice(offset, offset + CHUNK));
      controller.close();
    },
  });
  let status = "";
  const started = performance.now();
  await runCallForPage(
    { model: "bench", max_tokens: 1, messages: [] },
    {
      signal: new AbortController().signal,
      schedule: (publish) => void setTimeout(publish, 16),
      fetch: async () => new Response(body, { headers: { "content-type": "text/event-stream" } }),
      sendSegments: (batch) => structuredClone(batch),
      post: (reply) => {
        structuredClone(reply);
        if (reply.type === "outcome") status = reply.outcome.status;
      },
    },
  );
  const ms = performance.now() - started;
  if (status !== "done") throw new Error(`the reply ended ${status}`);
  return ms;
}

const sources = segmentMarkdown(deltas.join("")).segments;
function markdownWorker(): number {
  const started = performance.now();
  for (const source of sources) renderMarkdown(source);
  return performance.now() - started;
}

const code = sources.flatMap((source) =>
  [...source.matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)].map(([, language, text]) => ({ language, text })),
);
function highlighting(): number {
  const started = performance.now();
  for (const { text, language } of code) highlightCode(text, language);
  return performance.now() - started;
}

async function median(measure: () => number | Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const ms = await measure();
    if (run >= WARM_UP) times.push(ms);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function main() {
  console.log(
    `bench:stream-workers — bench:stream's reply: ${(sse.length / 1e6).toFixed(1)} MB of SSE, ${sources.length.toLocaleString("en-US")} Markdown segments; median of ${RUNS} runs`,
  );
  console.log(
    `stream worker (read, parse, accumulate, snapshots, finished segments): ${(await median(streamWorker)).toFixed(1)} ms`,
  );
  console.log(`Markdown worker (convert every segment): ${(await median(markdownWorker)).toFixed(1)} ms`);
  console.log(
    `Markdown worker (highlight every one of the ${code.length} code blocks, if all came into view): ${(await median(highlighting)).toFixed(1)} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
