"use client";

import { runTemplate, startRun } from "@/lib/run/runs";
import { citedRuns } from "@/lib/markdown/cited-text";
import { toMessage } from "@/lib/stream/accumulate";
import { appendReply, continuePausedTurn } from "@/lib/store/conversation-actions";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunState } from "@/lib/store/run-slice";
import { applyRequest, selectVariantOf, sentWithVariables } from "./apply-request";
import { CopyButton } from "./copy-button";

/** The whole reply as text: text blocks as written (a cited answer's, which split its sentences, joined as they read),
 * other blocks as their JSON. */
function replyText(run: RunState): string {
  if (!run.message) return "";
  return citedRuns(toMessage(run.message).content)
    .map(({ blocks }) =>
      blocks.map((block) => (block.type === "text" ? block.text : JSON.stringify(block, null, 2))).join(""),
    )
    .join("\n\n");
}

export function ReplyActions({ run }: { run: RunState }) {
  const finished = run.status !== "streaming";
  const hasReply = Boolean(run.message?.content.length);
  const addReply = () => {
    selectVariantOf(run);
    const next = appendReply(usePlaygroundStore.getState().request, sentWithVariables(run));
    applyRequest(next, next.messages.length);
  };
  const paused = finished && run.message?.stop_reason === "pause_turn";
  const continueTurn = () => {
    selectVariantOf(run);
    const next = continuePausedTurn(usePlaygroundStore.getState().request, sentWithVariables(run));
    applyRequest(next);
    void runTemplate(next, usePlaygroundStore.getState().betas, run.variantId);
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {paused && (
        <>
          <button type="button" className="tx-primary" onClick={continueTurn} aria-describedby={`${run.id}-paused`}>
            Continue
          </button>
          <p id={`${run.id}-paused`} className="basis-full text-xs text-muted sm:order-last">
            The API paused this turn: its server tools used up the turn&apos;s loop. Continue sends the reply back as
            the last assistant turn, and the model carries on from there.
          </p>
        </>
      )}
      {hasReply && <CopyButton label="Copy reply" caption="Copy reply" text={() => replyText(run)} />}
      {finished && run.request && (
        <button
          type="button"
          className="btn-small"
          onClick={() => void startRun(run.request, run.betas, { template: run.template, variantId: run.variantId })}
        >
          Retry
        </button>
      )}
      {finished && hasReply && (
        <button
          type="button"
          className="btn-small"
          onClick={addReply}
          title="Append this reply to the request's messages, then write the next user turn"
        >
          Add reply to messages
        </button>
      )}
    </div>
  );
}
