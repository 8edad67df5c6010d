"use client";

import { useEffect, useState } from "react";
import type { ReplyMessage } from "@/lib/diff/replies";
import { formatCallTime } from "@/lib/format/date";
import { loadCallDetails } from "@/lib/history/history-client";
import type { CallDetails, CallSummary } from "@/lib/history/record";
import { DiffDialog, type DiffSide } from "./diff-dialog";

/** A past call as a side of the diff: its stored request, and its reply priced by the model it asked for. */
function sideOf(summary: CallSummary, details: CallDetails | undefined): DiffSide {
  const reply = details?.reply as ReplyMessage | undefined;
  return {
    label: `Call of ${formatCallTime(summary.startedAt)}`,
    ...(details?.request ? { request: details.request } : {}),
    ...(reply
      ? {
          reply: {
            message: reply,
            usage: summary.usage,
            model: summary.model,
            ...(summary.outputEstimated ? { outputEstimated: true } : {}),
          },
        }
      : {}),
  };
}

/** Two calls of History in the Diff dialog, the older as A; their details are loaded from the browser's store. */
export function HistoryDiffDialog({ calls, onClose }: { calls: [CallSummary, CallSummary]; onClose: () => void }) {
  const [older, newer] = calls[0].startedAt <= calls[1].startedAt ? calls : [calls[1], calls[0]];
  const [sides, setSides] = useState<[DiffSide, DiffSide] | null>(null);
  useEffect(() => {
    let live = true;
    const load = (id: string) => loadCallDetails(id).catch(() => undefined);
    Promise.all([load(older.id), load(newer.id)]).then(([a, b]) => {
      if (live) setSides([sideOf(older, a), sideOf(newer, b)]);
    });
    return () => {
      live = false;
    };
  }, [older, newer]);
  return sides && <DiffDialog a={sides[0]} b={sides[1]} onClose={onClose} />;
}
