"use client";

type Citation = { type?: string; cited_text?: string; document_title?: string | null; title?: string | null; url?: string; document_index?: number };

/** Citations of a text block: the cited text and where it comes from, as text (nothing is fetched). */
export function CitationList({ citations }: { citations: unknown[] }) {
  return (
    <ol aria-label="Citations" className="mt-2 space-y-1 border-t border-slate-200 pt-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
      {(citations as Citation[]).map((c, i) => (
        <li key={i} className="flex gap-1">
          <span className="font-mono">[{i + 1}]</span>
          <span>
            {c.cited_text ? <q className="italic">{c.cited_text}</q> : null}
            {" — "}
            {c.document_title ?? c.title ?? (c.document_index !== undefined ? `document ${c.document_index + 1}` : c.type)}
            {c.url ? <span className="break-all"> ({c.url})</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
