"use client";

import type { LiveBlock } from "@/lib/stream/accumulate";
import { BlockFrame } from "./block-frame";

/** A tool call: the input JSON as it grows, pretty-printed once the block is complete. */
export function ToolUseBlock({ block, index }: { block: Extract<LiveBlock, { type: "tool_use" }>; index: number }) {
  const partial = block.partialJson ?? "";
  const parsed = block.complete && (partial === "" || safeParses(partial));
  const shown = parsed ? JSON.stringify(block.input, null, 2) : partial;
  return (
    <BlockFrame
      index={index}
      tone="muted"
      title={
        <>
          Tool call <code className="font-mono text-slate-700 dark:text-slate-300">{block.name}</code>
        </>
      }
      copyText={() => shown}
    >
      <p className="text-xs text-muted">
        id{" "}
        <code className="font-mono" data-testid="tool-use-id">
          {block.id}
        </code>
        {!block.complete && " · receiving input…"}
        {block.complete && !parsed && " · the input is not complete JSON (shown as received)"}
      </p>
      <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-words font-mono text-xs" data-testid="tool-input">
        {shown}
      </pre>
    </BlockFrame>
  );
}

function safeParses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
