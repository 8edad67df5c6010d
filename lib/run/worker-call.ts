// One call as the stream worker runs it for the page: runCall, with what crosses to the page encoded for the wire
// (call-wire.ts), and the finished Markdown segments handed on as they are cut (finished-segments.ts). The worker's
// calls, its warm-up and bench:stream-workers all run this, so the benchmark measures what the worker does.
import type { RequestBody } from "@/lib/messages/types";
import { HIGHLIGHTED_AT_END, type SegmentBatch } from "@/lib/markdown/code-highlighting";
import type { LiveMessage } from "../stream/accumulate";
import { WireEncoder, type WireOutcome, type WireUpdate } from "./call-wire";
import { FinishedSegments } from "../markdown/finished-segments";
import { runCall, type CallOptions } from "../stream/run-call";

export type CallForPageReply = { type: "update"; update: WireUpdate } | { type: "outcome"; outcome: WireOutcome };

export interface CallForPageOptions
  extends Pick<CallOptions, "endpoint" | "headers" | "signal" | "schedule" | "fetch"> {
  /** Each update, and last the outcome, ready to post to the page. */
  post: (reply: CallForPageReply) => void;
  /** Takes the Markdown segments that are finished (for the Markdown worker); none are cut without it. */
  sendSegments?: (batch: SegmentBatch) => void;
}

export async function runCallForPage(
  body: RequestBody,
  { post, sendSegments, ...options }: CallForPageOptions,
): Promise<void> {
  const wire = new WireEncoder();
  const segments = new FinishedSegments();
  // Before the page's post: the conversion starts while the page renders the update.
  const forward = (message: LiveMessage | undefined) => {
    if (!sendSegments) return;
    const sources = segments.take(message);
    // The end of each batch is what the page shows when it goes in (the view follows a streaming reply): its code comes
    // highlighted; the rest of a long batch (a backlog, soon scrolled past) is highlighted if it comes into view.
    if (sources.length) sendSegments({ sources, highlightLast: Math.min(HIGHLIGHTED_AT_END, sources.length) });
  };
  const outcome = await runCall(body, {
    ...options,
    onText: wire.addText,
    onUpdate: (update) => {
      forward(update.message);
      post({ type: "update", update: wire.update(update) });
    },
  });
  forward(outcome.message);
  post({ type: "outcome", outcome: wire.outcome(outcome) });
}
