// Runs calls off the main thread: reading the stream, parsing its events and accumulating the message cost
// the page most of its main thread on a fast reply (bench:stream). The page gets a snapshot per frame.
import { runCall } from "./run-call";
import { WireEncoder, type CallWorkerReply, type CallWorkerRequest } from "./call-wire";

const running = new Map<string, AbortController>();
const post = (reply: CallWorkerReply) => (self as unknown as Worker).postMessage(reply);
// A worker has no frames of its own: snapshots go at the display's pace, and the page renders each at its next frame.
const everyFrame = (publish: () => void) => void setTimeout(publish, 16);

self.onmessage = async (event: MessageEvent<CallWorkerRequest>) => {
  const request = event.data;
  if (request.type === "abort") return running.get(request.id)?.abort();
  const { id } = request;
  const abort = new AbortController();
  running.set(id, abort);
  const wire = new WireEncoder();
  const outcome = await runCall(request.body, {
    endpoint: request.endpoint,
    headers: request.headers,
    signal: abort.signal,
    schedule: everyFrame,
    onUpdate: (update) => post({ type: "update", id, update: wire.update(update) }),
  });
  running.delete(id);
  post({ type: "outcome", id, outcome: wire.outcome(outcome) });
};
