"use client";

import { useMemo, useState } from "react";
import { type DiffReply, diffReplies, type ToolCallDiff, type BlockDiff } from "@/lib/diff/replies";
import { usageDelta } from "@/lib/diff/usage";
import type { WordDiff } from "@/lib/diff/words";
import { plural } from "@/lib/format/number";
import { useModelLookup } from "../hooks/use-model-lookup";
import { DiffSection } from "./diff-section";
import { FieldChangeList } from "./field-change-list";
import { UsageDeltaTable } from "./usage-delta-table";
import { WordLegend, WordPieces } from "./word-pieces";

const counted = (diff: WordDiff) =>
  diff.added || diff.removed ? `${plural(diff.added, "word")} added, ${diff.removed} removed` : "the same";

/** A text compared by words, in a box that keeps its line breaks (model output: plain text, never HTML). */
function WordBox({ diff }: { diff: WordDiff }) {
  return (
    <>
      {diff.tooDifferent && (
        <p className="text-xs text-muted">
          Too different to compare word by word in good time: A and B are shown whole.
        </p>
      )}
      <div className="rounded-md border border-slate-200 p-2 break-words whitespace-pre-wrap dark:border-slate-700">
        <WordPieces pieces={diff.pieces} />
      </div>
    </>
  );
}

function onlyIn(call: { before?: unknown; after?: unknown }) {
  return call.before === undefined ? "only in B" : call.after === undefined ? "only in A" : null;
}

function ToolCall({ call }: { call: ToolCallDiff }) {
  const title = `${call.name}${call.occurrence > 1 ? ` (call ${call.occurrence})` : ""}`;
  const only = onlyIn(call);
  const status =
    only ?? (call.changes.length ? `input differs in ${plural(call.changes.length, "field")}` : "same input");
  return (
    <li className="space-y-1">
      <p className="text-sm">
        <code className="font-mono font-semibold">{title}</code>{" "}
        <span className="text-xs text-muted">
          {call.type} · {status}
        </span>
      </p>
      {only ? (
        <FieldChangeList
          label={`Input of ${title}, ${only}`}
          rootName="input"
          changes={[
            call.before === undefined
              ? { path: "", kind: "added", after: call.after }
              : { path: "", kind: "removed", before: call.before },
          ]}
        />
      ) : (
        call.changes.length > 0 && (
          <FieldChangeList label={`Changed input fields of ${title}`} rootName="input" changes={call.changes} />
        )
      )}
    </li>
  );
}

function OtherBlock({ block }: { block: BlockDiff }) {
  const title = `${block.type}${block.occurrence > 1 ? ` (${block.occurrence})` : ""}`;
  const only = onlyIn(block);
  return (
    <li className="space-y-1">
      <p className="text-sm">
        <code className="font-mono font-semibold">{title}</code>{" "}
        <span className="text-xs text-muted">
          {only ?? (block.changes.length ? `differs in ${plural(block.changes.length, "field")}` : "the same")}
        </span>
      </p>
      {(only || block.changes.length > 0) && (
        <FieldChangeList
          label={`Changes in ${title}`}
          rootName="block"
          changes={
            only
              ? [
                  block.before === undefined
                    ? { path: "", kind: "added", after: block.after }
                    : { path: "", kind: "removed", before: block.before },
                ]
              : block.changes
          }
        />
      )}
    </li>
  );
}

/** Two replies side by side in one flow: stop reasons, usage and cost, text, tool calls, thinking, other blocks. */
export function ReplyDiffView({ a, b }: { a: DiffReply; b: DiffReply }) {
  const models = useModelLookup();
  const diff = useMemo(() => diffReplies(a.message, b.message), [a.message, b.message]);
  const usage = useMemo(() => usageDelta(a, b, models), [a, b, models]);
  const [showThinking, setShowThinking] = useState(false);
  const { stopReason } = diff;

  return (
    <div className="space-y-5">
      <p className="text-sm">
        Stop reason:{" "}
        {stopReason.before === stopReason.after ? (
          <>
            both <code className="font-mono">{stopReason.before ?? "none"}</code>
          </>
        ) : (
          <>
            A <code className="font-mono">{stopReason.before ?? "none"}</code>, B{" "}
            <code className="font-mono">{stopReason.after ?? "none"}</code>
          </>
        )}
      </p>

      <DiffSection title="Usage and cost">
        <UsageDeltaTable usage={usage} />
      </DiffSection>

      <DiffSection
        title="Text"
        note={
          !diff.text
            ? "neither reply has text"
            : diff.text.kind === "json"
              ? `JSON, compared by field: ${diff.text.changes.length ? `${plural(diff.text.changes.length, "field")} ${diff.text.changes.length === 1 ? "differs" : "differ"}` : "the same"}`
              : counted(diff.text.diff)
        }
      >
        {diff.text?.kind === "words" && (
          <>
            <WordLegend />
            <WordBox diff={diff.text.diff} />
          </>
        )}
        {diff.text?.kind === "json" && diff.text.changes.length > 0 && (
          <FieldChangeList label="Changed fields of the JSON text" rootName="the JSON" changes={diff.text.changes} />
        )}
      </DiffSection>

      {diff.toolCalls.length > 0 && (
        <DiffSection title="Tool calls" note={plural(diff.toolCalls.length, "call")}>
          <ul className="space-y-3">
            {diff.toolCalls.map((call) => (
              <ToolCall key={`${call.type} ${call.name} ${call.occurrence}`} call={call} />
            ))}
          </ul>
        </DiffSection>
      )}

      {(diff.thinking || diff.redactedThinking.before + diff.redactedThinking.after > 0) && (
        <DiffSection
          title="Thinking"
          note={[
            diff.thinking ? counted(diff.thinking) : "",
            diff.redactedThinking.before + diff.redactedThinking.after
              ? `redacted blocks: A ${diff.redactedThinking.before}, B ${diff.redactedThinking.after}`
              : "",
          ]
            .filter(Boolean)
            .join(" · ")}
        >
          {diff.thinking && (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={showThinking} onChange={(e) => setShowThinking(e.target.checked)} />
              Show thinking
            </label>
          )}
          {diff.thinking && showThinking && <WordBox diff={diff.thinking} />}
        </DiffSection>
      )}

      {diff.others.length > 0 && (
        <DiffSection title="Other blocks" note={plural(diff.others.length, "block")}>
          <ul className="space-y-3">
            {diff.others.map((block) => (
              <OtherBlock key={`${block.type} ${block.occurrence}`} block={block} />
            ))}
          </ul>
        </DiffSection>
      )}
    </div>
  );
}
