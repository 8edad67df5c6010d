"use client";

import { useCallback, useLayoutEffect, useRef } from "react";

/** Keeps a scroll box at its end while new content arrives, unless the user scrolled up to read. */
export function useStickToBottom(content: unknown) {
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
  }, []);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && pinned.current && el.scrollHeight > el.clientHeight) el.scrollTop = el.scrollHeight;
  }, [content]);
  return { scroller, onScroll };
}
