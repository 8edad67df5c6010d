"use client";

import { memo } from "react";
import { renderMarkdown } from "./markdown-render";
import "./markdown.css";

/** One top-level Markdown segment; memoized on its text so finished segments never re-render. The HTML
 * comes from markdown-render.ts, which escapes all HTML in the source and never emits an image. */
const MarkdownSegment = memo(function MarkdownSegment({ source }: { source: string }) {
  return <div className="md-seg" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
});

export default function MarkdownSegments({ segments }: { segments: string[] }) {
  return (
    <div className="md">
      {segments.map((segment, index) => (
        <MarkdownSegment key={index} source={segment} />
      ))}
    </div>
  );
}
