// A call's raw events. While a reply streams they are kept as the stream's own text, in the chunks it arrived
// in, each with its arrival time: nothing per event (a long reply has tens of thousands of events, and making,
// packing and posting an object for each was a large share of the stream worker's work: docs/performance.md). They are parsed from
// that text when someone looks (the inspector, a download, history), by the same parser and with the same
// times as when the stream was read. A chunk may also be kept as the bytes it came in (what the stream worker hands the
// page: bytes move between threads without a copy, where a string is copied twice, and decode only when read).
import { createParser, type EventSourceParser } from "eventsource-parser";
import { eventName } from "./sse";

export interface RawEvent {
  name: string;
  raw: string;
  /** Milliseconds since the request was sent. */
  at: number;
}

/** The stream's text as it arrived: chunks and their arrival times (ms since the request was sent). */
export interface SseText {
  text: string[];
  at: number[];
}

/** A chunk of the stream as it arrived: its text, or the bytes it was decoded from. */
export type SseChunk = string | Uint8Array;

/** Turns a log's chunks into their text in order: bytes through one streaming decoder (a character may be cut between
 * chunks); a text after bytes is what the stream's reader made of the bytes its decoder held at the end, so this
 * decoder's own rest is dropped for it. */
class ChunkText {
  private readonly decoder = new TextDecoder();
  private pending = false;

  of(chunk: SseChunk): string {
    if (typeof chunk !== "string") {
      this.pending = true;
      return this.decoder.decode(chunk, { stream: true });
    }
    if (this.pending) this.decoder.decode();
    this.pending = false;
    return chunk;
  }
}

export class EventLog {
  private readonly chunks: SseChunk[] = [];
  private readonly at: number[] = [];
  /** How many events the text holds, as counted when it was read (parsing it gives as many). */
  count = 0;
  private readonly parsed: RawEvent[] = [];
  private parsedChunks = 0;
  private parser?: EventSourceParser;
  private readonly parsedText = new ChunkText();
  private chunkAt = 0;

  static from(saved: SseText): EventLog {
    const log = new EventLog();
    saved.text.forEach((text, i) => log.append(text, saved.at[i]));
    log.count = log.list().length;
    return log;
  }

  append(chunk: SseChunk, at: number): void {
    this.chunks.push(chunk);
    this.at.push(at);
  }

  /** Every event so far, parsed from the text the first time (and after that, only the text added since). */
  list(): RawEvent[] {
    this.parser ??= createParser({
      onEvent: (message) =>
        this.parsed.push({ name: eventName(message.event, message.data), raw: message.data, at: this.chunkAt }),
    });
    for (; this.parsedChunks < this.chunks.length; this.parsedChunks++) {
      this.chunkAt = this.at[this.parsedChunks];
      this.parser.feed(this.parsedText.of(this.chunks[this.parsedChunks]));
    }
    return this.parsed;
  }

  /** The text and times as they are, to store: a chunk kept as bytes is decoded here. */
  saved(): SseText {
    const text = new ChunkText();
    return { text: this.chunks.map((chunk) => text.of(chunk)), at: this.at.slice() };
  }
}

// Records saved before the log kept the text: every event's name and data in one string, and where each ends.
export interface PackedEvents {
  /** Each event's name then its raw data, one after another. */
  text: string;
  /** Per event: where its name ends, then where its data ends, in `text`. */
  ends: Uint32Array;
  at: Float64Array;
}

export function packEvents(events: readonly RawEvent[]): PackedEvents {
  const ends = new Uint32Array(events.length * 2);
  const at = new Float64Array(events.length);
  const parts: string[] = [];
  let offset = 0;
  events.forEach((event, i) => {
    parts.push(event.name, event.raw);
    ends[2 * i] = offset += event.name.length;
    ends[2 * i + 1] = offset += event.raw.length;
    at[i] = event.at;
  });
  return { text: parts.join(""), ends, at };
}

export function unpackEvents(packed: PackedEvents): RawEvent[] {
  const events: RawEvent[] = new Array(packed.at.length);
  let start = 0;
  for (let i = 0; i < packed.at.length; i++) {
    const nameEnd = packed.ends[2 * i];
    const rawEnd = packed.ends[2 * i + 1];
    events[i] = { name: packed.text.slice(start, nameEnd), raw: packed.text.slice(nameEnd, rawEnd), at: packed.at[i] };
    start = rawEnd;
  }
  return events;
}
