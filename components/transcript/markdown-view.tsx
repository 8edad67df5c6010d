"use client";

import { memo, useEffect, useReducer, useRef } from "react";
import { soon } from "@/lib/stream/yield";
import { renderMarkdown } from "./markdown-render";
import "./markdown.css";

/** Markdown conversion per task stays under this: the rest shows as plain text, converted in the next tasks. */
const TASK_BUDGET_MS = 10;

/** One converted segment; memoized on its HTML so finished segments never re-render. The HTML comes from
 * markdown-render.ts, which escapes all HTML in the source and never emits an image. */
const MarkdownSegment = memo(function MarkdownSegment({ html }: { html: string }) {
  return <div className="md-seg" dangerouslySetInnerHTML={{ __html: html }} />;
});

/** A segment not yet converted, as plain text; its own node, so the browser lays out only the new ones. */
const PendingSegment = memo(function PendingSegment({ text }: { text: string }) {
  return <div className="md-seg whitespace-pre-wrap">{text}</div>;
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
 * Segments of a Markdown text. Each is converted once (a cache keyed by its source) and only within a
 * time budget per render: when a fast stream brings many segments in one frame, those beyond the budget
 * show as plain text and are converted over the next frames, so no frame becomes a long task.
 */
export default function MarkdownSegments({ segments }: { segments: string[] }) {
  const cache = useRef<{ sources: string[]; html: string[] }>({ sources: [], html: [] });
  const [, nextFrame] = useReducer((n: number) => n + 1, 0);
  const { sources, html } = cache.current;
  const deadline = performance.now() + TASK_BUDGET_MS;
  let ready = 0;
  for (; ready < segments.length; ready++) {
    if (sources[ready] === segments[ready]) continue;
    if (performance.now() > deadline) break;
    sources[ready] = segments[ready];
    html[ready] = renderMarkdown(segments[ready]);
  }
  if (sources.length > segments.length) {
    sources.length = segments.length;
    html.length = segments.length;
  }
  const pending = ready < segments.length;
  useEffect(() => {
    // Continue in the next task (not the next frame): the browser still paints in between, and a backlog
    // is worked off at full speed.
    if (pending) return soon(nextFrame);
  });
  const groups: string[][] = [];
  for (let start = 0; start < ready; start += GROUP_SIZE) groups.push(html.slice(start, Math.min(start + GROUP_SIZE, ready)));
  return (
    <div className="md">
      {groups.map((group, index) => (
        <SegmentGroup key={index} html={group} done={index < groups.length - 1} />
      ))}
      {pending && (
        <div data-markdown-pending="">
          {segments.slice(ready).map((segment, index) => (
            <PendingSegment key={ready + index} text={segment} />
          ))}
        </div>
      )}
    </div>
  );
}
