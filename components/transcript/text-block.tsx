"use client";

import { lazy, Suspense, useState } from "react";
import type { LiveBlock } from "@/lib/stream/accumulate";
import { BlockFrame } from "./block-frame";
import { CitationList } from "./citation-list";
import { useSegments } from "./use-segments";

// The Markdown view (its converter starts a worker with markdown-it and highlight.js) loads on demand:
// until it has, text shows plain.
const MarkdownSegments = lazy(() => import("./markdown-view"));

export function TextBlock({ block, index }: { block: Extract<LiveBlock, { type: "text" }>; index: number }) {
  const [raw, setRaw] = useState(false);
  const text = block.text ?? "";
  const segments = useSegments(text);
  return (
    <BlockFrame
      index={index}
      title="Text"
      copyText={() => text}
      tools={
        <button type="button" aria-pressed={raw} onClick={() => setRaw(!raw)} className="tx-button" aria-label={`Raw view of block ${index + 1}`}>
          Raw
        </button>
      }
    >
      <div data-testid="text-block" data-raw={raw ? "true" : undefined} className="break-words">
        {raw ? <pre className="whitespace-pre-wrap break-words font-mono text-xs">{text}</pre> : <Suspense fallback={<PlainText segments={segments} />}><MarkdownSegments segments={segments} final={block.complete === true} /></Suspense>}
      </div>
      {block.citations && block.citations.length > 0 && <CitationList citations={block.citations} />}
    </BlockFrame>
  );
}

/** Until the Markdown view has loaded: the segments as plain text, as that view shows text not yet converted,
 * so the text shown only ever grows as the view takes over. A component, so that its elements are made only
 * while it shows. */
function PlainText({ segments }: { segments: string[] }) {
  return (
    <div className="md">
      {segments.map((segment, i) => (
        <div key={i} className="md-seg whitespace-pre-wrap">
          {segment.trimEnd()}
        </div>
      ))}
    </div>
  );
}

/** Starts loading the Markdown chunk early (after the page is usable) so the first reply renders at once. */
export function preloadMarkdown() {
  void import("./markdown-view").then((view) => view.warmConverter());
}
