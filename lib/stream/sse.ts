// SSE → typed events. Decoding is streaming-safe (multi-byte characters split across chunks survive)
// and parsing uses a real SSE parser, never string matching on the JSON.
import { EventSourceParserStream } from "eventsource-parser/stream";
import type { StreamEvent } from "./accumulate";

export interface ParsedSseEvent {
  /** The `event:` name, or the payload's `type` for streams that send only `data:` lines. */
  name: string;
  data: StreamEvent | undefined;
  raw: string;
  /** Milliseconds since the request was sent. */
  at: number;
}

export async function* readSseEvents(
  body: ReadableStream<Uint8Array>,
  startedAt: number,
  now: () => number = () => performance.now(),
): AsyncGenerator<ParsedSseEvent> {
  const events = body.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).pipeThrough(new EventSourceParserStream());
  const reader = events.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      let data: StreamEvent | undefined;
      try {
        data = JSON.parse(value.data) as StreamEvent;
      } catch {
        data = undefined;
      }
      yield { name: value.event ?? data?.type ?? "message", data, raw: value.data, at: now() - startedAt };
    }
  } finally {
    reader.releaseLock();
  }
}
