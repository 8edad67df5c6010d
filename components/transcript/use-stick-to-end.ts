"use client";

import { useEffect, useRef } from "react";

/**
 * Keeps a scroll box at its end while its content grows, as long as the reader is at the end; once they
 * scroll up, it leaves them where they are until they scroll back down. The content's size is read in a
 * ResizeObserver callback, after the browser's own layout, so following the reply forces no extra layout.
 * (CSS scroll anchoring does not help here: browsers suppress it while a box is scrolled to its top.)
 */
export function useStickToEnd<Scroller extends HTMLElement, Content extends HTMLElement>() {
  const scroller = useRef<Scroller>(null);
  const content = useRef<Content>(null);
  useEffect(() => {
    const box = scroller.current;
    const inner = content.current;
    if (!box || !inner) return;
    let atEnd = true;
    let lastTop = box.scrollTop;
    // Only scrolling up leaves the end: the scroll event of our own move to the end may come after the
    // content has grown again, and must not read as the reader stopping short of it.
    const onScroll = () => {
      const top = box.scrollTop;
      if (top + box.clientHeight >= box.scrollHeight - 8) atEnd = true;
      else if (top < lastTop) atEnd = false;
      lastTop = top;
    };
    const observer = new ResizeObserver(() => {
      if (atEnd) box.scrollTop = box.scrollHeight;
    });
    box.addEventListener("scroll", onScroll, { passive: true });
    observer.observe(inner);
    return () => {
      observer.disconnect();
      box.removeEventListener("scroll", onScroll);
    };
  }, []);
  return { scroller, content };
}
