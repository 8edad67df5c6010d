// Writes the planned events as SSE, paced like a real model (time to first token, then tokens per second),
// with the mid-stream faults: an `event: error` then the end, or a dropped connection.
import { newId } from "./ids";
import type { StreamEvent } from "./message-events";
import { sleep, type Pacing } from "./pacing";
import { encodeSseEvent } from "./sse-encoder";

export interface StreamOptions {
  pacing: Pacing;
  signal: AbortSignal;
  midStream?: "error" | "drop";
  headers: Record<string, string>;
  /** Called once the stream ends: `complete` when every event, `message_stop` included, was sent. */
  onEnd?: (complete: boolean) => void;
}

export function streamResponse(
  events: Array<{ event: StreamEvent; tokens: number }>,
  options: StreamOptions,
): Response {
  const encoder = new TextEncoder();
  const { pacing, signal } = options;
  const perToken = pacing.tokensPerSecond > 0 ? 1000 / pacing.tokensPerSecond : 0;
  // The mid-stream fault strikes after half of the content deltas.
  const deltas = events.filter((e) => e.event.type === "content_block_delta").length;
  const faultAfter = Math.max(1, Math.floor(deltas / 2));

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let sentDeltas = 0;
      let first = true;
      let sent = 0;
      try {
        for (const { event, tokens } of events) {
          if (signal.aborted) break;
          if (event.type === "content_block_start" && first) {
            first = false;
            await sleep(pacing.firstTokenMs, signal);
          }
          // Other events than deltas carry tokens only as a pause before them (a server tool runs, then its result).
          if (event.type !== "content_block_delta") await sleep(perToken * tokens, signal);
          controller.enqueue(encoder.encode(encodeSseEvent(event)));
          sent++;
          if (event.type === "content_block_delta") {
            sentDeltas++;
            if (options.midStream && sentDeltas >= faultAfter) {
              if (options.midStream === "drop") {
                controller.error(new Error("simulated connection drop"));
                return;
              }
              const error = {
                type: "error",
                error: { type: "overloaded_error", message: "Overloaded" },
                request_id: newId("req"),
              };
              controller.enqueue(encoder.encode(encodeSseEvent(error)));
              break;
            }
            await sleep(perToken * tokens, signal);
          }
        }
        controller.close();
      } catch {
        // The reader went away (client abort): nothing left to send to.
      } finally {
        options.onEnd?.(sent === events.length && !signal.aborted);
      }
    },
  });
  return new Response(body, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", ...options.headers },
  });
}
