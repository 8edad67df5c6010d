"use client";

import { memo, useRef } from "react";
import { chunkPlainText, type ChunkState } from "@/lib/markdown/plain-chunks";

const Chunk = memo(function Chunk({ text }: { text: string }) {
  return <span>{text}</span>;
});

/** Long plain text (thinking) in one pre-wrap block: finished chunks stay put, only the last one changes. */
export function PlainSegments({ text, className = "", testId }: { text: string; className?: string; testId?: string }) {
  const cache = useRef<{ state?: ChunkState; text?: string; chunks: string[] }>({ chunks: [] });
  if (cache.current.text !== text) {
    const next = chunkPlainText(text, cache.current.state);
    cache.current = { state: next.state, text, chunks: next.chunks };
  }
  return (
    <div className={`whitespace-pre-wrap break-words ${className}`} data-testid={testId}>
      {cache.current.chunks.map((chunk, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: chunks only grow at the end; a finished chunk keeps its place
        <Chunk key={index} text={chunk} />
      ))}
    </div>
  );
}
