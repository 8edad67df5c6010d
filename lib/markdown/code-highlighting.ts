// When a reply's code is highlighted. Highlighting every code block of a fast long reply as it is converted costs as
// much as converting the reply itself (docs/performance.md), on the cores the stream needs, and most of those blocks
// scroll past before anyone reads them. So code is converted plain, marked with its language, and highlighted when it comes
// into view (components/transcript/highlight-in-view.ts); except at the end of what is converted at once, which is on
// screen when it goes in (the transcript follows a streaming reply's end): that code is highlighted as it is converted,
// so that the page draws it once. Kept apart from the renderer so that the stream worker can read it without loading it.

/** Set on a `<code>` whose text is to be highlighted, to the language to highlight it as. */
export const HIGHLIGHT_ATTRIBUTE = "data-highlight";

/** Segments at the end of a batch whose code is highlighted as they are converted: more than a screenful (two of the
 * view's groups of eight: components/transcript/markdown-dom.ts). */
export const HIGHLIGHTED_AT_END = 16;

/** Segments to convert; the last `highlightLast` of them (none unless said) with their code highlighted. */
export interface SegmentBatch {
  sources: string[];
  highlightLast?: number;
}
