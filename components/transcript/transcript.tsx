"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";
import dynamic from "next/dynamic";
import { loadAfterUsable } from "@/lib/scheduling/after-usable";
import { useRevealOnNewRun, useWarmPageWorkers } from "./use-reveal-on-new-run";
import { useStickToEnd } from "./use-stick-to-end";

// A reply's views (its blocks, figures, the event inspector) are not drawn before the first run: they load after Run
// is usable.
const RunView = dynamic(
  loadAfterUsable(() => import("./run-view").then((m) => m.RunView)),
  { ssr: false },
);

/** The active run (the compare view shows one RunView per variant). */
export function Transcript() {
  const run = usePlaygroundStore((s) => (s.activeRunId ? s.runs[s.activeRunId] : undefined));
  const { scroller, content } = useStickToEnd<HTMLDivElement, HTMLDivElement>();
  const section = useRevealOnNewRun<HTMLElement>(run?.id);
  useWarmPageWorkers();
  return (
    <section
      ref={section}
      aria-label="Transcript"
      aria-live="polite"
      aria-busy={run?.status === "streaming"}
      className="panel min-h-48 shrink-0"
    >
      <h2 className="panel-title">Transcript</h2>
      {/* Its own scroll box, as tall as its content up to 70vh (a short reply leaves no empty space), with layout and
          paint containment: a growing reply re-lays out this box, and the page only while the box itself grows. It
          follows the end of the reply while you are there (useStickToEnd); the browser's own scroll anchoring is off, as
          its adjustments, when text above turns into Markdown, read as the reader scrolling up. */}
      <div
        ref={scroller}
        className="max-h-[70vh] overflow-y-auto [contain:content] [overflow-anchor:none] [scrollbar-gutter:stable]"
        data-testid="transcript-scroller"
      >
        <div ref={content} className="space-y-3 p-3 text-sm leading-relaxed">
          {run ? <RunView run={run} /> : <p className="text-muted">Write a message and press Run (Ctrl/Cmd+Enter).</p>}
        </div>
      </div>
    </section>
  );
}
