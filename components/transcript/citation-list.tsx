"use client";

import { useRef, type PointerEvent, type MouseEvent, type RefObject } from "react";
import { flash, scrollToNearest } from "../ui/flash";

type Citation = {
  type?: string;
  cited_text?: string;
  document_title?: string | null;
  title?: string | null;
  url?: string;
  source?: string;
  document_index?: number;
  start_char_index?: number;
  end_char_index?: number;
  start_page_number?: number;
  end_page_number?: number;
  start_block_index?: number;
  end_block_index?: number;
};

const range = (one: string, many: string, first: number, last: number) =>
  last > first ? `${many} ${first}–${last}` : `${one} ${first}`;

/** Where in its source a citation points, as the API gives it: its end indices are exclusive, so the last character,
 * page or block cited is one before. */
function location(c: Citation): string | null {
  const has = (n: number | undefined): n is number => typeof n === "number";
  if (c.type === "char_location" && has(c.start_char_index) && has(c.end_char_index))
    return range("character", "characters", c.start_char_index, c.end_char_index - 1);
  if (c.type === "page_location" && has(c.start_page_number) && has(c.end_page_number))
    return range("page", "pages", c.start_page_number, c.end_page_number - 1);
  if (has(c.start_block_index) && has(c.end_block_index))
    return range("block", "blocks", c.start_block_index, c.end_block_index - 1);
  return null;
}

/** Citations of a text block: the cited text and where it comes from, as text (nothing is fetched). */
export function CitationList({ citations, ref }: { citations: unknown[]; ref?: RefObject<HTMLOListElement | null> }) {
  return (
    <ol
      ref={ref}
      aria-label="Citations"
      className="mt-2 space-y-1 border-t border-slate-200 pt-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400"
    >
      {(citations as Citation[]).map((c, i) => {
        const where = location(c);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a citation's number is its place in the list, which only grows
          <li key={i} className="flex gap-1" data-testid="citation" data-citation={i + 1}>
            <span className="font-mono">[{i + 1}]</span>
            <span>
              {c.cited_text ? <q className="italic">{c.cited_text.trim()}</q> : null}
              {" — "}
              {c.document_title ??
                c.title ??
                (c.document_index !== undefined ? `document ${c.document_index + 1}` : c.type)}
              {where ? (
                <>
                  , <span className="whitespace-nowrap">{where}</span>
                </>
              ) : null}
              {c.source ? <span className="break-all"> ({c.source})</span> : null}
              {c.url ? <span className="break-all"> ({c.url})</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** A cited text's marks lead to their entries in the list: a click brings the entry into view and marks it, and the
 * pointer over a mark shows the entry as its tooltip. The marks are buttons (lib/markdown/render.ts) in HTML the Markdown worker made, so the text's
 * element listens for them (spread the handlers on it, and pass `list` to the CitationList). */
export function useCitationMarks() {
  const list = useRef<HTMLOListElement>(null);
  const find = (target: EventTarget) => {
    const mark = (target as Element).closest?.<HTMLElement>(".md-cite");
    const entry = mark && list.current?.querySelector<HTMLElement>(`li[data-citation="${mark.dataset.citation}"]`);
    return mark && entry ? { mark, entry } : null;
  };
  return {
    list,
    onClick: (event: MouseEvent) => {
      const found = find(event.target);
      // A mark inside a link (a cited bare URL) is the link's: the click opens it.
      if (!found || found.mark.closest("a")) return;
      scrollToNearest(found.entry);
      flash(found.entry, "cite-flash");
    },
    onPointerOver: (event: PointerEvent) => {
      const found = find(event.target);
      if (found && !found.mark.title) found.mark.title = found.entry.textContent ?? "";
    },
  };
}
