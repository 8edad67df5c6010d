"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { MarkdownDom } from "./markdown-dom";

import "./markdown.css";

/** A streaming tail that has not changed for this long (a stop, an error, a pause) is converted too. */
const TAIL_SETTLE_MS = 300;

/**
 * Segments of a Markdown text, as HTML. React owns only the container: markdown-dom.ts appends the
 * segments to it as they are converted, touching only new ones. The last segment, while the block
 * streams, shows as plain text: it changes every frame, and converting it each time would be work thrown away.
 */
export default function MarkdownSegments({ segments, final }: { segments: string[]; final: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const dom = useRef<MarkdownDom | null>(null);
  const tail = segments.at(-1) ?? "";
  const [settledTail, setSettledTail] = useState<string>();
  const tailFinal = final || settledTail === tail;

  useLayoutEffect(() => {
    dom.current ??= new MarkdownDom(container.current!);
    dom.current.sync(segments, tailFinal);
  });
  useEffect(
    () => () => {
      dom.current?.dispose();
      dom.current = null;
    },
    [],
  );

  useEffect(() => {
    if (final) return;
    const timer = setTimeout(() => setSettledTail(tail), TAIL_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [tail, final]);

  return <div className="md" ref={container} />;
}
