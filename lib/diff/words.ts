// Two texts compared by words: what stayed, what the second added, what it removed. jsdiff (the `diff` package) does
// the work: Myers' algorithm over words, punctuation marks, line breaks and runs of spaces. Whitespace is a token of its
// own (diffWordsWithSpace; diffWords ignores it, then guesses which side's spaces an unchanged piece shows): so the
// unchanged and removed pieces read exactly as the first text, the unchanged and added ones as the second.
import { diffWordsWithSpace } from "diff";

export type PieceKind = "same" | "added" | "removed";

/** A run of text from one or both sides, in reading order. */
export interface TextPiece {
  kind: PieceKind;
  text: string;
}

export interface WordDiff {
  pieces: TextPiece[];
  /** Words the second text added and removed (punctuation marks change pieces but are not counted). */
  added: number;
  removed: number;
  /** The texts were too far apart to compare within the time allowed: the pieces are the first text removed whole and
   * the second added whole. */
  tooDifferent?: boolean;
}

/** How long one comparison may take: two long replies that share little can cost Myers' algorithm seconds. */
const TIME_LIMIT_MS = 500;

/** A word, with its apostrophes ("I'll" is one); punctuation is not counted. */
const WORD = /[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)*/gu;
const countWords = (text: string) => text.match(WORD)?.length ?? 0;

/** The pieces of `after` compared to `before`, word by word. Equal texts give one "same" piece (or none when empty). */
export function diffTextByWords(before: string, after: string, timeLimitMs = TIME_LIMIT_MS): WordDiff {
  if (before === after) return { pieces: before ? [{ kind: "same", text: before }] : [], added: 0, removed: 0 };
  const changes = diffWordsWithSpace(before, after, { timeout: timeLimitMs });
  if (!changes) {
    const pieces: TextPiece[] = [];
    if (before) pieces.push({ kind: "removed", text: before });
    if (after) pieces.push({ kind: "added", text: after });
    return { pieces, added: countWords(after), removed: countWords(before), tooDifferent: true };
  }
  let added = 0;
  let removed = 0;
  const raw: TextPiece[] = changes.map((change) => {
    const kind: PieceKind = change.added ? "added" : change.removed ? "removed" : "same";
    if (kind === "added") added += countWords(change.value);
    if (kind === "removed") removed += countWords(change.value);
    return { kind, text: change.value };
  });
  return { pieces: grouped(raw), added, removed };
}

/**
 * Changes that only spaces separate read as one: "[-There are a few-]{+Let me take that+}" rather than word against
 * word ("[-There-]{+Let+} [-are-]{+me+} …"). The space between joins both sides, so each side still reads exactly.
 */
function grouped(pieces: TextPiece[]): TextPiece[] {
  const out: TextPiece[] = [];
  let before = "";
  let after = "";
  const flush = () => {
    if (before) out.push({ kind: "removed", text: before });
    if (after) out.push({ kind: "added", text: after });
    before = after = "";
  };
  pieces.forEach((piece, i) => {
    if (piece.kind === "removed") before += piece.text;
    else if (piece.kind === "added") after += piece.text;
    else if ((before || after) && /^\s+$/.test(piece.text) && pieces[i + 1] && pieces[i + 1].kind !== "same") {
      before += piece.text;
      after += piece.text;
    } else {
      flush();
      if (piece.text) out.push(piece);
    }
  });
  flush();
  return out;
}
