// A call's stream text as history stores it: one Blob, with each chunk's length and arrival time to cut it back.
// IndexedDB copies a string value inside put(), in the task that calls it: a long reply's text (a megabyte a call,
// four at once after a comparison) made one long task of storing, just after the replies' final render. A Blob is
// built in slices instead, each between other work; joining the slices references them rather than copying, and
// put() then stores a reference (docs/performance.md, "Storing a finished call").
import type { SseText } from "@/lib/stream/event-log";

export interface StoredSseText {
  blob: Blob;
  /** Each chunk's length in characters, in order: the Blob's text cut at these gives the chunks back. */
  lengths: number[];
  at: number[];
}

/** About as much text as the browser turns into a Blob in a few milliseconds. */
const SLICE_CHARS = 131_072;

/** A text worth a Blob: one longer than a slice. A Blob has a cost of its own (the browser registers each), so a
 * short reply's text (a grid's cells: eighty at once) is stored as it is, copied by put() in no time. */
export function isLongText(saved: SseText): boolean {
  let chars = 0;
  for (const chunk of saved.text) if ((chars += chunk.length) >= SLICE_CHARS) return true;
  return false;
}

export function isStoredText(events: unknown): events is StoredSseText {
  return typeof events === "object" && events !== null && "blob" in events && "lengths" in events;
}

/** The text as a Blob made `SLICE_CHARS` at a time, awaiting `pause` between slices. A chunk longer than that is cut
 * across slices: a fast stream, read in large pieces, comes in chunks far longer than a slice, and each made a Blob of its
 * own in one task. */
export async function toStoredText(
  saved: SseText,
  pause: () => Promise<void>,
  sliceChars = SLICE_CHARS,
): Promise<StoredSseText> {
  const parts: Blob[] = [];
  let slice: string[] = [];
  let chars = 0;
  for (const chunk of saved.text) {
    for (let start = 0; start < chunk.length; ) {
      const end = cutAt(chunk, start + sliceChars - chars);
      slice.push(chunk.slice(start, end));
      chars += end - start;
      start = end;
      if (chars < sliceChars) continue;
      parts.push(new Blob(slice));
      slice = [];
      chars = 0;
      await pause();
    }
  }
  if (slice.length) parts.push(new Blob(slice));
  return { blob: new Blob(parts), lengths: saved.text.map((chunk) => chunk.length), at: saved.at.slice() };
}

/** Where to cut `text` at `at` or just after it, between two characters: a Blob writes each piece as UTF-8, and the
 * halves of a character outside the Basic Multilingual Plane (an emoji) cut apart would each become U+FFFD. */
function cutAt(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}

/** The chunks back, as they arrived. */
export async function fromStoredText(stored: StoredSseText): Promise<SseText> {
  const whole = await stored.blob.text();
  const text: string[] = [];
  let offset = 0;
  for (const length of stored.lengths) {
    text.push(whole.slice(offset, offset + length));
    offset += length;
  }
  // A text that decodes to another length than it was stored with (it had a lone surrogate, which UTF-8 cannot hold)
  // keeps what is left in its last chunk rather than losing it.
  if (offset < whole.length && text.length) text[text.length - 1] += whole.slice(offset);
  return { text, at: stored.at.slice() };
}
