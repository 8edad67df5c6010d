// An SSE event's JSON data. A long reply is tens of thousands of text deltas, and parsing each as a whole
// object was most of the stream worker's work (bench:stream): a delta in the API's own shape has only its text
// read, and anything else, or anything not exactly that shape, goes to JSON.parse.
import type { StreamEvent } from "./accumulate";

const PREFIX = '{"type":"content_block_delta","index":';
const DELTA = ',"delta":{"type":"text_delta","text":';
/** A string's inside that needs JSON's own reading: escapes, a quote, or a control character (invalid raw). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const NEEDS_PARSING = /["\\\u0000-\u001f]/;
const DIGITS = /^\d{1,9}$/;

export function parseEventData(raw: string): StreamEvent {
  return (textDelta(raw) ?? JSON.parse(raw)) as StreamEvent;
}

function textDelta(raw: string): StreamEvent | undefined {
  if (!raw.startsWith(PREFIX) || !raw.endsWith('"}}')) return undefined;
  const delta = raw.indexOf(DELTA, PREFIX.length);
  if (delta < 0) return undefined;
  const index = raw.slice(PREFIX.length, delta);
  const start = delta + DELTA.length;
  const end = raw.length - 2; // the closing quote is at end - 1
  if (!DIGITS.test(index) || raw.charCodeAt(start) !== 34 || end - start < 2) return undefined;
  const inside = raw.slice(start + 1, end - 1);
  if (NEEDS_PARSING.test(inside)) return undefined;
  return {
    type: "content_block_delta",
    index: Number(index),
    delta: { type: "text_delta", text: inside },
  } as StreamEvent;
}
