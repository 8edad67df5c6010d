// The sides the Diff dialog compares, from what compare mode shows: a variant's latest run (or, before it ran, its
// request as it will be sent), or a results cell's call.
import type { RequestBody } from "@/lib/messages/types";
import type { RunState } from "@/lib/store/run-slice";
import { toMessage } from "@/lib/stream/accumulate";
import { runUsage } from "@/lib/usage/run-usage";
import type { DiffSide } from "../diff/diff-dialog";

/** A run as a side: the request it sent and, once something came back, its reply with its usage. */
export function sideOfRun(label: string, run: RunState | undefined, request?: RequestBody): DiffSide {
  const billed = run ? runUsage(run) : undefined;
  return {
    label,
    request: run?.request ?? request,
    ...(run?.message && billed
      ? {
          reply: {
            message: toMessage(run.message),
            usage: billed.usage,
            model: run.request.model,
            ...(billed.outputEstimated ? { outputEstimated: true } : {}),
          },
        }
      : {}),
  };
}
