// The one span in which two texts differ: what an editor needs to go from one to the other by a single small edit.
// Rewriting the JSON editor's whole text for each key typed in the panel had Monaco re-render every line it shows; an
// edit of the changed span re-renders the lines it touches (docs/performance.md, "Typing during the grid run").

/** Replace `before.slice(start, end)` with `text` to get the other text. */
export interface ChangedSpan {
  start: number;
  end: number;
  text: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The span of `before` to replace to get `after` (the longest common prefix and suffix kept), or null when they are
 * the same. The span never cuts a character made of two UTF-16 units in half. */
export function changedSpan(before: string, after: string): ChangedSpan | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  // The suffix may not overlap the prefix in either text.
  let tail = 0;
  const room = shorter - start;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail))
    tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
