"use client";

import { useEffect, useRef } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunState } from "@/lib/store/run-slice";
import { citedRuns } from "@/lib/markdown/cited-text";
import type { LiveBlock } from "@/lib/stream/accumulate";
import { BlockView } from "./block-view";
import { EventInspector } from "./event-inspector";
import { LiveFigures } from "./live-figures";
import { ReplyActions } from "./reply-actions";
import { RunSummary } from "./run-summary";
import { SentConversation } from "./sent-conversation";
import { CitedText } from "./text-block";
import { startPageWorkers } from "@/lib/run/workers";
import { ToolResultForm } from "./tool-result-form";
import { useStickToEnd } from "./use-stick-to-end";
import "./transcript.css";

/** The active run (a compare view could render one RunView per run id). */
export function Transcript() {
  const run = usePlaygroundStore((s) => (s.activeRunId ? s.runs[s.activeRunId] : undefined));
  const { scroller, content } = useStickToEnd<HTMLDivElement, HTMLDivElement>();
  const section = useRevealOnNewRun(run?.id);
  useEffect(() => {
    // Once the page is usable, start both workers (they warm up as they start) so that the first reply is
    // read and converted by warm code. Not later than two seconds: a busy page may never be idle.
    if (window.requestIdleCallback) window.requestIdleCallback(startPageWorkers, { timeout: 2000 });
    else setTimeout(startPageWorkers, 500);
  }, []);
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

/** Brings the transcript into view when a run starts and its start is off the upper half of the window: on a narrow
 * window the panels stack, and the reply would otherwise stream below the parameters, out of sight of Run. */
function useRevealOnNewRun(runId: string | undefined) {
  const section = useRef<HTMLElement>(null);
  const shown = useRef(runId);
  useEffect(() => {
    if (!runId || runId === shown.current) return;
    shown.current = runId;
    const element = section.current;
    if (!element) return;
    // Where the transcript is, from an observer's first report (after the next layout): reading it here would force a
    // layout in Run's click task.
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      const top = entry.boundingClientRect.top;
      if (top < 0 || top > window.innerHeight / 2) {
        const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        element.scrollIntoView({ block: "start", behavior: still ? "auto" : "smooth" });
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [runId]);
  return section;
}

const NO_SCHEMA = {};

/** The schema of the run's own response format (`output_config.format`), when it asked for one. */
function formatSchema(run: RunState): unknown {
  const format = (run.request?.output_config as { format?: { type?: unknown; schema?: unknown } | null } | undefined)
    ?.format;
  return format?.type === "json_schema" ? (format.schema ?? NO_SCHEMA) : undefined;
}

function RunView({ run }: { run: RunState }) {
  const content = run.message?.content ?? [];
  const format = formatSchema(run);
  const calls =
    run.status === "done" && run.message?.stop_reason === "tool_use"
      ? content
          .filter((b) => b.type === "tool_use")
          .map((b) => ({ id: (b as { id: string }).id, name: (b as { name: string }).name }))
      : [];
  return (
    <>
      <SentConversation run={run} />
      <LiveFigures run={run} />
      <div className="space-y-2">
        {citedRuns(content).map(({ first, blocks, cited }) =>
          cited ? (
            <CitedText
              key={`cited-${first}`}
              blocks={blocks as Extract<LiveBlock, { type: "text" }>[]}
              index={first}
              ended={run.status !== "streaming"}
            />
          ) : (
            <BlockView
              key={first}
              block={blocks[0]}
              index={first}
              format={format}
              ended={format !== undefined && run.status !== "streaming"}
            />
          ),
        )}
      </div>
      <RunSummary run={run} />
      <ReplyActions run={run} />
      {calls.length > 0 && <ToolResultForm key={run.id} run={run} calls={calls} />}
      <EventInspector run={run} />
    </>
  );
}
