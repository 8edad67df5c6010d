// SSE → typed events. Decoding is streaming-safe (multi-byte characters split across chunks survive)
// and parsing uses a real SSE parser, never string matching on the JSON. Events come in batches, one per
// network chunk: a fast stream delivers thousands of events per chunk, and a promise per event would
// cost more than the events themselves.
import { createParser } from "eventsource-parser";
import type { StreamEvent } from "./accumulate";
import { parseEventData } from "./event-data";

export interface ParsedSseEvent {
  /** The `event:` name, or the payload's `type` for streams that send only `data:` lines. */
  name: string;
  data: StreamEvent | undefined;
  raw: string;
  /** Milliseconds since the request was sent. */
  at: number;
}

const FEED_SLICE_CHARS = 16_384;

/** An event's name: its `event:` field, else its payload's `type` (streams that send only `data:` lines). */
export function eventName(event: string | undefined, raw: string, data?: StreamEvent): string {
  if (event !== undefined) return event;
  if (data) return (data as { type?: string }).type ?? "message";
  try {
    return (JSON.parse(raw) as { type?: string }).type ?? "message";
  } catch {
    return "message";
  }
}

export async function* readSseEventBatches(
  body: ReadableStream<Uint8Array>,
  startedAt: number,
  now: () => number = () => performance.now(),
  /** Takes the stream's text as it is decoded, chunk by chunk, with each chunk's arrival time and the bytes it was
   * decoded from (none for what the decoder gives at the end: the rest of a character the stream cut). */
  onText?: (text: string, at: number, bytes?: Uint8Array) => void,
): AsyncGenerator<ParsedSseEvent[]> {
  let batch: ParsedSseEvent[] = [];
  let at = 0;
  const parser = createParser({
    onEvent: (message) => {
      let data: StreamEvent | undefined;
      try {
        data = parseEventData(message.data);
      } catch {
        data = undefined;
      }
      batch.push({ name: eventName(message.event, message.data, data), data, raw: message.data, at });
    },
  });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      at = now() - startedAt;
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A chunk can end inside a character and another hold only part of one: its bytes count even without text.
      if (text || value?.byteLength) onText?.(text, at, value);
      // A backlog can arrive as one chunk of megabytes: parse it in slices, a batch after each.
      for (let offset = 0; offset < text.length || offset === 0; offset += FEED_SLICE_CHARS) {
        parser.feed(text.slice(offset, offset + FEED_SLICE_CHARS));
        if (batch.length) {
          yield batch;
          batch = [];
        }
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

/** One event at a time (for callers that do not care about batches). */
export async function* readSseEvents(
  body: ReadableStream<Uint8Array>,
  startedAt: number,
  now?: () => number,
): AsyncGenerator<ParsedSseEvent> {
  for await (const batch of readSseEventBatches(body, startedAt, now)) yield* batch;
}
