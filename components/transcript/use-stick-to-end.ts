"use client";

import { useEffect, useRef } from "react";

/** How long after the reader's own input (wheel, touch, keys, the scroll bar) a scroll up counts as theirs. */
const INPUT_WINDOW_MS = 1000;

/** Keys that scroll a box up, pressed outside a field (where they move the caret instead). */
function scrollsUp(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (target?.closest("input, textarea, select, [contenteditable]")) return false;
  return (
    event.key === "ArrowUp" || event.key === "PageUp" || event.key === "Home" || (event.key === " " && event.shiftKey)
  );
}

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
    // Only the reader leaves the end, by scrolling up. The box also moves up by itself: when its content shrinks for a
    // moment (a long reply's Markdown groups, laid out at their real height after an estimated one), the browser
    // clamps its position, and a fast reply was left behind that way, mid-text. So a move up counts only just after
    // the reader's own input, or while they hold the pointer down (dragging the scroll bar).
    let inputAt = -Infinity;
    let pointerDown = false;
    const onInput = () => (inputAt = performance.now());
    // A wheel turned up says at once that the reader is leaving the end: waiting for the scroll it makes, the box could
    // be taken back to the end in between (the reply grew), against the wheel (the box stopped 56 px short of its top).
    // Until the wheel's own scroll moves the box, a scroll event that finds it still at the end (one queued before the
    // wheel, or the first of its animation, late on a busy page) is not the reader coming back: taken as that, the next
    // growth took the box back to the end and cancelled the wheel's scroll.
    let wheeledUpAt = -Infinity;
    const onWheel = (event: Event) => {
      onInput();
      const up = (event as WheelEvent).deltaY < 0;
      wheeledUpAt = up ? performance.now() : -Infinity;
      if (up && box.scrollTop > 0) atEnd = false;
    };
    const onKey = (event: Event) => {
      if (scrollsUp(event as KeyboardEvent)) onInput();
    };
    const onPointerDown = () => {
      pointerDown = true;
      wheeledUpAt = -Infinity;
      onInput();
    };
    const onPointerUp = () => (pointerDown = false);
    const onScroll = () => {
      const top = box.scrollTop;
      if (top + box.clientHeight >= box.scrollHeight - 8) {
        if (performance.now() - wheeledUpAt >= INPUT_WINDOW_MS) atEnd = true;
      } else if (top < lastTop && (pointerDown || performance.now() - inputAt < INPUT_WINDOW_MS)) atEnd = false;
      lastTop = top;
    };
    const observer = new ResizeObserver(() => {
      if (atEnd) box.scrollTop = box.scrollHeight;
    });
    const listeners: [EventTarget, string, EventListener][] = [
      [box, "scroll", onScroll],
      [box, "wheel", onWheel],
      [box, "touchmove", onInput],
      [window, "keydown", onKey],
      [box, "pointerdown", onPointerDown],
      [window, "pointerup", onPointerUp],
      [window, "pointercancel", onPointerUp],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener, { passive: true });
    observer.observe(inner);
    return () => {
      observer.disconnect();
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }, []);
  return { scroller, content };
}
