import type { TextPiece } from "@/lib/diff/words";

// Insertions underlined, deletions struck through, each with a tint: told apart without colour. A screen reader
// hears where each starts and ends (most read no <ins>/<del> on their own).
export const insClass =
  "rounded-sm bg-emerald-100 text-emerald-950 underline decoration-2 underline-offset-2 dark:bg-emerald-900/60 dark:text-emerald-50";
export const delClass =
  "rounded-sm bg-rose-100 text-rose-950 line-through decoration-2 dark:bg-rose-900/60 dark:text-rose-50";

const sr = (text: string) => <span className="sr-only">{text}</span>;

/** A text compared by words, as one flow: what stayed plain, what B added underlined, what it removed struck out. */
export function WordPieces({ pieces }: { pieces: TextPiece[] }) {
  return (
    <>
      {pieces.map((piece, i) =>
        piece.kind === "same" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces never reorder
          <span key={i}>{piece.text}</span>
        ) : piece.kind === "added" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces never reorder
          <ins key={i} className={`${insClass} ${pieces[i - 1]?.kind === "removed" ? "ml-1" : ""}`}>
            {sr("[added: ")}
            {piece.text}
            {sr(" :end added]")}
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces never reorder
          <del key={i} className={delClass}>
            {sr("[removed: ")}
            {piece.text}
            {sr(" :end removed]")}
          </del>
        ),
      )}
    </>
  );
}

/** What the marks mean, once per section. */
export function WordLegend() {
  return (
    <p className="text-xs text-muted">
      <del className={delClass}>Struck through</del>: only in A. <ins className={insClass}>Underlined</ins>: only in B.
    </p>
  );
}
