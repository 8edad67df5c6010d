// Runs calls off the main thread: reading the stream, parsing its events and accumulating the message cost
// the page most of its main thread on a fast reply (bench:stream). The page gets a snapshot per frame.
import type { CallWorkerReply, CallWorkerRequest } from "./call-wire";
import { runPageCall } from "./page-call";
import { textStream, tokenize } from "./synthetic-stream";

const running = new Map<string, AbortController>();
let markdownPort: MessagePort | undefined;
const post = (reply: CallWorkerReply) => (self as unknown as Worker).postMessage(reply);
// A worker has no frames of its own: snapshots go at the display's pace, and the page renders each at its next frame.
const everyFrame = (publish: () => void) => void setTimeout(publish, 16);

self.onmessage = async (event: MessageEvent<CallWorkerRequest>) => {
  const request = event.data;
  if (request.type === "abort") return running.get(request.id)?.abort();
  if (request.type === "markdown-port") return void (markdownPort = request.port);
  const { id } = request;
  const abort = new AbortController();
  running.set(id, abort);
  const port = markdownPort;
  await runPageCall(request.body, {
    endpoint: request.endpoint,
    headers: request.headers,
    signal: abort.signal,
    schedule: everyFrame,
    sendSegments: port && ((sources) => port.postMessage({ sources })),
    post: (reply) => {
      if (reply.type === "outcome") running.delete(id);
      post({ ...reply, id });
    },
  });
};

// Warm-up at start, while the page is idle: parsing and accumulating run two to three times slower until
// the engine has compiled them, and a long reply arriving fast would otherwise pay for that (bench:stream).
// The same code as a call, answered from memory.
const WARM_UP = textStream(tokenize("Warming up: **bold** text, `code`, and a [link](https://example.com).\n\n".repeat(400)));
void runPageCall({ model: "warm-up", max_tokens: 1, messages: [] }, {
  signal: new AbortController().signal,
  schedule: (publish) => publish(),
  fetch: async () => new Response(WARM_UP, { headers: { "content-type": "text/event-stream" } }),
  sendSegments: () => {},
  post: () => {},
});
