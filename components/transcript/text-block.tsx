"use client";

import { useState } from "react";
import type { LiveBlock } from "@/lib/stream/accumulate";
import { BlockFrame } from "./block-frame";
import { CitationList } from "./citation-list";
import MarkdownSegments from "./markdown-view";
import { useSegments } from "./use-segments";

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
        <button type="button" aria-pressed={raw} onClick={() => setRaw(!raw)} className="btn-small" aria-label={`Raw view of block ${index + 1}`}>
          Raw
        </button>
      }
    >
      <div data-testid="text-block" data-raw={raw ? "true" : undefined} className="break-words">
        {raw ? <pre className="whitespace-pre-wrap break-words font-mono text-xs">{text}</pre> : <MarkdownSegments segments={segments} final={block.complete === true} />}
      </div>
      {block.citations && block.citations.length > 0 && <CitationList citations={block.citations} />}
    </BlockFrame>
  );
}
