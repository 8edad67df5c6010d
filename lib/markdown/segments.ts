// Splits streaming Markdown into top-level segments at blank lines outside code fences, incrementally:
// segments before the last confirmed boundary never change, so their rendered views stay frozen and
// each frame re-parses only the live tail, not the whole reply.

export interface SegmentState {
  /** The text these segments were cut from. */
  text: string;
  /** Finished segments: each ends at a blank line that is followed by more content. */
  stable: string[];
  /** Offset where the live tail starts (after the last confirmed boundary). */
  stableEnd: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function segmentMarkdown(text: string, previous?: SegmentState): { state: SegmentState; segments: string[] } {
  let stable: string[] = [];
  let start = 0;
  // Reuse the previous cut when the new text extends it (the streaming case).
  if (previous && text.length >= previous.stableEnd && text.startsWith(previous.text.slice(0, previous.stableEnd))) {
    stable = previous.stable;
    start = previous.stableEnd;
  }
  const added: string[] = [];
  let segmentStart = start;
  let fence: string | null = null;
  let sawBlank = false;
  let position = start;
  while (position < text.length) {
    const newline = text.indexOf("\n", position);
    const line = text.slice(position, newline === -1 ? undefined : newline);
    if (newline === -1) {
      // The unfinished last line: any content in it confirms a boundary before it, nothing more.
      if (!fence && sawBlank && line.trim() !== "") {
        added.push(text.slice(segmentStart, position).replace(/\n+$/, ""));
        segmentStart = position;
      }
      break;
    }
    const blank = line.trim() === "";
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1])
        fence = null;
    } else if (blank) {
      sawBlank = position > segmentStart;
    } else {
      if (sawBlank) {
        added.push(text.slice(segmentStart, position).replace(/\n+$/, ""));
        segmentStart = position;
        sawBlank = false;
      }
      const open = FENCE.exec(line);
      if (open) fence = open[1];
    }
    position = newline + 1;
  }
  if (added.length) stable = stable.concat(added);
  const state = { text, stable, stableEnd: segmentStart };
  const tail = text.slice(segmentStart);
  return { state, segments: tail ? [...stable, tail] : stable };
}
