"use client";

import { useEffect, useRef } from "react";
import { startPageWorkers } from "@/lib/run/workers";

/** Once the page is usable, starts both workers (they warm up as they start) so that the first reply is read and
 * converted by warm code. Not later than two seconds: a busy page may never be idle. */
export function useWarmPageWorkers() {
  useEffect(() => {
    if (window.requestIdleCallback) window.requestIdleCallback(startPageWorkers, { timeout: 2000 });
    else setTimeout(startPageWorkers, 500);
  }, []);
}

/** Brings a run's view (the transcript, the compare view) into view when a run starts and its start is off the upper
 * half of the window: on a narrow window the panels stack, and the reply would otherwise stream below the parameters,
 * out of sight of Run. `glide`: the scroll is animated (unless the reader asks for reduced motion), so that one reply's
 * view is seen arriving from where Run was; a comparison's views jump, since a glide across columns or a grid that is
 * being filled draws every frame of it while they fill, and shows their first replies only once it ends. */
export function useRevealOnNewRun<T extends HTMLElement>(runId: string | undefined, { glide = true } = {}) {
  const section = useRef<T>(null);
  const shown = useRef(runId);
  useEffect(() => {
    if (!runId || runId === shown.current) return;
    shown.current = runId;
    const element = section.current;
    if (!element) return;
    // Where it is, read in a resize observer's first report: it comes right after the next layout, inside the frame,
    // so reading the layout there forces none. (An intersection observer's report comes in a task of its own, after
    // other tasks may have changed the page: the stream's first updates did, and reading there forced a layout.)
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      const top = element.getBoundingClientRect().top;
      const behavior = glide && !window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "smooth" : "instant";
      // On a wide screen the view sits in a column that scrolls on its own: that column scrolls, never the page,
      // whose header (Run, Stop) must stay in view.
      const column = scrollingAncestor(element);
      if (column) {
        const columnTop = column.getBoundingClientRect().top;
        if (top < columnTop || top > columnTop + column.clientHeight / 2)
          column.scrollTo({ top: column.scrollTop + top - columnTop, behavior });
      } else if (top < 0 || top > window.innerHeight / 2) element.scrollIntoView({ block: "start", behavior });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [runId, glide]);
  return section;
}

/** The nearest ancestor that scrolls its content itself, if any (the page's own scrolling is not one). */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === "auto" || overflow === "scroll") && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}
