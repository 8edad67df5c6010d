"use client";

import { useState } from "react";
import type { LiveBlock } from "@/lib/stream/accumulate";
import { BlockFrame } from "./block-frame";
import { PlainSegments } from "./plain-segments";
import { formatNumber } from "@/lib/format/number";

export function ThinkingBlock({ block, index }: { block: Extract<LiveBlock, { type: "thinking" }>; index: number }) {
  const live = !block.complete;
  const signature = block.signature ?? "";
  // Models whose thinking display is "omitted" send the block with no text, only its signature.
  const omitted = !live && !block.thinking;
  // The summary says what a click does: "Show or hide" said both, whatever the state.
  const [open, setOpen] = useState(true);
  return (
    <BlockFrame
      index={index}
      tone="muted"
      title={live ? "Thinking…" : "Thinking"}
      copyText={omitted ? undefined : () => block.thinking ?? ""}
    >
      {omitted ? (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="thinking-omitted">
          The model thought, but the API sent no thinking text (its display was omitted, by the request or by the
          model's default); the signature stands for it.
        </p>
      ) : (
        <details
          open={open}
          onToggle={(e) => setOpen(e.currentTarget.open)}
          className="text-slate-700 dark:text-slate-300"
        >
          <summary className="cursor-pointer text-xs text-muted">
            {live ? "Streaming" : open ? "Hide" : "Show"} · {formatNumber((block.thinking ?? "").length)} characters
          </summary>
          <PlainSegments text={block.thinking ?? ""} className="mt-1 text-sm" testId="thinking-text" />
        </details>
      )}
      <p className="mt-1 text-xs text-muted" data-testid="thinking-signature">
        {signature
          ? `Signed: signature of ${formatNumber(signature.length)} characters (kept intact when sent back)`
          : live
            ? "Signature arrives at the end of the block"
            : "No signature"}
      </p>
    </BlockFrame>
  );
}

export function RedactedThinkingBlock({
  block,
  index,
}: {
  block: Extract<LiveBlock, { type: "redacted_thinking" }>;
  index: number;
}) {
  return (
    <BlockFrame index={index} tone="muted" title="Redacted thinking" copyText={() => block.data}>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Encrypted by the API ({formatNumber(block.data.length)} characters); sent back unchanged when the conversation
        continues.
      </p>
    </BlockFrame>
  );
}
