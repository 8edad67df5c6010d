import type { FieldChange } from "@/lib/diff/fields";
import { diffTextByWords } from "@/lib/diff/words";
import { WordPieces } from "./word-pieces";

const KIND: Record<FieldChange["kind"], { sign: string; text: string; className: string }> = {
  changed: { sign: "~", text: "changed", className: "text-amber-800 dark:text-amber-300" },
  added: { sign: "+", text: "only in B", className: "text-emerald-800 dark:text-emerald-300" },
  removed: { sign: "−", text: "only in A", className: "text-rose-800 dark:text-rose-300" },
};

const json = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value, null, 2) ?? String(value));

/** One side's value, named by its side (A or B) and marked by a sign as well as a tint. */
function SideValue({ side, value }: { side: "A" | "B"; value: unknown }) {
  const tint =
    side === "A"
      ? "border-rose-400 bg-rose-50 dark:border-rose-700 dark:bg-rose-950/40"
      : "border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950/40";
  return (
    <div className={`flex gap-2 border-l-4 px-2 py-1 ${tint}`}>
      <span className="shrink-0 font-mono text-xs font-semibold">{side === "A" ? "− A" : "+ B"}</span>
      <pre className="min-w-0 font-mono text-xs break-words whitespace-pre-wrap">{json(value)}</pre>
    </div>
  );
}

function ChangeBody({ change }: { change: FieldChange }) {
  if (change.kind === "changed" && typeof change.before === "string" && typeof change.after === "string") {
    // Two strings (a prompt, an answer field): by words, in one flow.
    return (
      <p className="font-mono text-xs break-words whitespace-pre-wrap">
        <WordPieces pieces={diffTextByWords(change.before, change.after).pieces} />
      </p>
    );
  }
  return (
    <div className="space-y-1">
      {change.kind !== "added" && <SideValue side="A" value={change.before} />}
      {change.kind !== "removed" && <SideValue side="B" value={change.after} />}
    </div>
  );
}

/**
 * Field differences, each with its path, what happened to it (in words and a sign, not colour alone) and the values.
 * `marked` is the index of the change to flag with `markText` (the dialog's "the cache prefix breaks here").
 */
export function FieldChangeList({
  changes,
  label,
  marked = -1,
  markText,
  rootName = "the whole value",
}: {
  changes: FieldChange[];
  /** The list's accessible name: "Changed fields of the request". */
  label: string;
  marked?: number;
  markText?: string;
  /** How to name the root path (""), e.g. "input". */
  rootName?: string;
}) {
  return (
    <ul aria-label={label} className="space-y-2">
      {changes.map((change, i) => {
        const kind = KIND[change.kind];
        const isMarked = i === marked;
        return (
          <li
            key={`${change.path}:${change.kind}`}
            className={`rounded-md border p-2 ${isMarked ? "border-amber-500 ring-2 ring-amber-400/60 dark:border-amber-500" : "border-slate-200 dark:border-slate-700"}`}
            data-cache-break={isMarked ? "" : undefined}
          >
            <div className="mb-1 flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <code className="font-mono text-xs font-semibold break-all">{change.path || rootName}</code>
              <span className={`text-xs font-medium ${kind.className}`}>
                <span aria-hidden>{kind.sign} </span>
                {kind.text}
              </span>
              {isMarked && markText && (
                <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-900/60 dark:text-amber-50">
                  <span aria-hidden>⚠ </span>
                  {markText}
                </span>
              )}
            </div>
            <ChangeBody change={change} />
          </li>
        );
      })}
    </ul>
  );
}
