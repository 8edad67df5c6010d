"use client";

import { useMemo } from "react";
import { caseValues, sentRequest } from "@/lib/run/run-plan";
import { type Batch, type BatchCall, FINISHED } from "@/lib/store/batch-slice";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunState } from "@/lib/store/run-slice";
import { fromMessage } from "@/lib/stream/accumulate";

/**
 * A batch call as a run the transcript's components can show: the store's own run while it holds it (live, with its
 * events), else one made from the call's summary (the store keeps the latest runs only; a saved preset's results
 * have none), with the request it sent.
 */
export function useCallRun(batch: Batch | null, variant: number, testCase: number, call: BatchCall | undefined) {
  const live = usePlaygroundStore((s) => (call?.runId ? s.runs[call.runId] : undefined));
  return useMemo(
    () => live ?? (batch && call ? runOfCall(batch, variant, testCase, call) : undefined),
    [live, batch, variant, testCase, call],
  );
}

function runOfCall(batch: Batch, variant: number, testCase: number, call: BatchCall): RunState | undefined {
  if (!FINISHED.has(call.status) || (!call.message && !call.error)) return undefined;
  const { request: template, betas } = batch.variants[variant];
  const request = sentRequest(template, caseValues(batch.values, batch.testCases?.[testCase]));
  const outputTokens = call.usage?.output_tokens ?? 0;
  return {
    id: call.runId ?? `${batch.id}:${variant}:${testCase}`,
    status: call.status as RunState["status"],
    startedAt: batch.startedAt,
    request,
    betas,
    ...(request === template ? {} : { template }),
    variantId: batch.variants[variant].id,
    message: call.message ? fromMessage(call.message) : undefined,
    error: call.error,
    httpStatus: call.httpStatus,
    firstTokenMs: call.firstTokenMs,
    totalMs: call.totalMs,
    live: { outputTokens, estimated: Boolean(call.outputEstimated), elapsedMs: call.totalMs ?? 0 },
  };
}
