"use client";

import { memo, useEffect, useReducer, useRef, useState } from "react";
import { soon } from "@/lib/stream/yield";
import { convertMarkdown } from "./markdown-converter";

export { warmConverter } from "./markdown-converter";
import "./markdown.css";

/** Segments newly shown as HTML per render: a backlog converted at once is inserted over several tasks. */
const MAX_NEW_PER_RENDER = 400;
/** Segments per conversion request: results come back, and show, progressively. */
const REQUEST_SIZE = 24;
/** A streaming tail that has not changed for this long (a stop, an error, a pause) is converted too. */
const TAIL_SETTLE_MS = 300;

/** One converted segment; memoized on its HTML so finished segments never re-render. The HTML comes from
 * markdown-render.ts, which escapes all HTML in the source and never emits an image. */
const MarkdownSegment = memo(function MarkdownSegment({ html }: { html: string }) {
  return <div className="md-seg" dangerouslySetInnerHTML={{ __html: html }} />;
});

/** A segment not yet converted (or the tail still streaming), as plain text; its own node, so the browser
 * lays out only the new ones. Trailing blank lines are left out, as the converted HTML leaves them out. */
const PendingSegment = memo(function PendingSegment({ text }: { text: string }) {
  return <div className="md-seg whitespace-pre-wrap">{text.trimEnd()}</div>;
});

/** Finished segments in groups: a finished group never re-renders, and out of view it skips layout and
 * paint (content-visibility), which per group is far cheaper for the browser than per segment. */
const GROUP_SIZE = 32;
const SegmentGroup = memo(
  function SegmentGroup({ html, done }: { html: string[]; done: boolean }) {
    return (
      <div className={done ? "md-group-done" : undefined}>
        {html.map((segmentHtml, index) => (
          <MarkdownSegment key={index} html={segmentHtml} />
        ))}
      </div>
    );
  },
  (a, b) => a.done === b.done && a.html.length === b.html.length && a.html.every((h, i) => h === b.html[i]),
);

/**
 * Segments of a Markdown text. Finished segments are converted asynchronously (markdown-converter.ts: in a
 * worker) and each only once; the main thread only inserts the HTML, a bounded number of segments per
 * render. The last segment, while the block streams, shows as plain text: it changes every frame, and
 * converting it each time would be work thrown away.
 */
export default function MarkdownSegments({ segments, final }: { segments: string[]; final: boolean }) {
  const cache = useRef(new Map<string, string>());
  const requested = useRef(new Set<string>());
  const shown = useRef(0);
  const frame = useRef(0);
  const finalRef = useRef(final);
  finalRef.current = final;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const tail = segments.at(-1) ?? "";
  const [settledTail, setSettledTail] = useState<string>();
  const tailFinal = final || settledTail === tail;
  const convertible = tailFinal ? segments.length : segments.length - 1;

  // The HTML prefix: every segment up to the first one not converted yet, growing by a bounded step.
  const limit = Math.min(convertible, shown.current + MAX_NEW_PER_RENDER);
  let ready = 0;
  while (ready < limit && cache.current.has(segments[ready])) ready++;
  shown.current = ready;
  const backlog = ready === limit && limit < convertible && cache.current.has(segments[limit]);

  useEffect(() => {
    const missing: string[] = [];
    for (let index = ready; index < convertible; index++) {
      const source = segments[index];
      if (!cache.current.has(source) && !requested.current.has(source)) missing.push(source);
    }
    for (let start = 0; start < missing.length; start += REQUEST_SIZE) {
      const batch = missing.slice(start, start + REQUEST_SIZE);
      for (const source of batch) requested.current.add(source);
      convertMarkdown(batch, (html) => {
        batch.forEach((source, i) => {
          cache.current.set(source, html[i]);
          requested.current.delete(source);
        });
        // While the block streams, results show at the next frame, all together: one render and one layout
        // per frame, not per reply. Once it is complete no snapshot is coming: show them at once.
        if (finalRef.current) rerender();
        else if (!frame.current) frame.current = requestAnimationFrame(() => {
          frame.current = 0;
          rerender();
        });
      });
    }
    if (backlog) return soon(rerender);
  });
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  useEffect(() => {
    if (final) return;
    const timer = setTimeout(() => setSettledTail(tail), TAIL_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [tail, final]);

  const groups: string[][] = [];
  for (let start = 0; start < ready; start += GROUP_SIZE) {
    groups.push(segments.slice(start, Math.min(start + GROUP_SIZE, ready)).map((source) => cache.current.get(source)!));
  }
  const pending = segments.slice(ready);
  return (
    <div className="md">
      {groups.map((group, index) => (
        <SegmentGroup key={index} html={group} done={index < groups.length - 1} />
      ))}
      {pending.length > 0 && (
        <div data-markdown-pending="">
          {pending.map((segment, index) => (
            <PendingSegment key={ready + index} text={segment} />
          ))}
        </div>
      )}
    </div>
  );
}
