"use client";

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
import { ToolResultForm } from "./tool-result-form";
import "./transcript.css";

const NO_SCHEMA = {};

/** The schema of the run's own response format (`output_config.format`), when it asked for one. */
function formatSchema(run: RunState): unknown {
  const format = (run.request?.output_config as { format?: { type?: unknown; schema?: unknown } | null } | undefined)
    ?.format;
  return format?.type === "json_schema" ? (format.schema ?? NO_SCHEMA) : undefined;
}

/** One run's transcript: what it sent, its live figures, the reply's blocks, how it ended and what can follow. Read
 * only (a call recorded by the proxy): the blocks, how it ended and its events, without the actions on the editor. */
export function RunView({ run, readOnly = false }: { run: RunState; readOnly?: boolean }) {
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
      {!readOnly && <SentConversation run={run} />}
      {!readOnly && <LiveFigures run={run} />}
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
      {!readOnly && <ReplyActions run={run} />}
      {!readOnly && calls.length > 0 && <ToolResultForm key={run.id} run={run} calls={calls} />}
      <EventInspector run={run} />
    </>
  );
}
