// The one owner of runs: starts and stops calls outside React, by id, several at once; streams each through the stream
// worker into the store (what the transcript shows) and hands its outcome to history. Components only dispatch (Run,
// Stop, Retry, a tool result, Continue) and subscribe to the store. Run with several variants, test cases or repeats is
// a batch of calls (batch.ts), each a run of its own.
import type { RequestBody } from "@/lib/messages/types";
import { modelLookup } from "@/lib/models/lookup";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunRequest } from "@/lib/store/run-slice";
import { batchRunning, runBatch, stopBatch } from "./batch";
import { callsInFlight, runCall, stopCall } from "./call";
import { loadValidator, validatorReady } from "./request-issues";
import { planBlocker, planRun, sentRequest, worstCaseOfPlan } from "./run-plan";

export { runCall };

/** How many runs are streaming now, and whether a batch is still going (its queued calls count as running). */
export const runningCount = (): number => callsInFlight() + (batchRunning() ? 1 : 0);

/**
 * Run: sends what the editor holds, every variant (with each test case and each repeat), unless it is blocked
 * (invalid, a value missing, or a run already going: Run is not taken twice, and a second click may come before the
 * first run's render has turned Run into Stop); then null, and nothing is sent. A run whose worst case costs more than
 * the threshold asks first (`confirmed` is the user's yes). One variant, no test cases, one repeat: one call, as ever.
 */
export async function runEditor({ confirmed = false } = {}): Promise<string | null> {
  // A Run clicked before the validator has loaded waits for it: nothing is sent unjudged.
  if (!validatorReady()) await loadValidator();
  const state = usePlaygroundStore.getState();
  const models = modelLookup(state.profile);
  const plan = planRun(state);
  if (planBlocker(plan, state.selectedVariant, models, state.jsonError)) return null;
  if (runningCount() > 0) return null;
  if (plan.single) {
    const [call] = plan.calls;
    const template = call.request === call.template ? {} : { template: call.template };
    return runCall({ request: call.request, betas: [...call.betas], variantId: call.variantId, ...template });
  }
  if (!confirmed && plan.calls.length > 1) {
    const worst = worstCaseOfPlan(plan, models);
    if (worst.usd > state.confirmAboveUsd) {
      state.askRunConfirmation({ calls: plan.calls.length, worstUsd: worst.usd, unknownCost: worst.unknownCalls });
      return null;
    }
  }
  state.askRunConfirmation(null);
  return runBatch(plan, {
    concurrency: state.concurrency,
    selectedVariantId: state.variants[state.selectedVariant].id,
  });
}

/** Where a call came from, besides what it sends. */
export type CallOrigin = Pick<RunRequest, "template" | "variantId">;

/**
 * Sends a request as a new run, exactly as given (Retry), and returns its id once it has ended. Without a request, the
 * editor's (`runEditor`).
 */
export async function startRun(
  body?: RequestBody,
  betas?: readonly string[],
  from: CallOrigin = {},
): Promise<string | null> {
  if (!body) return runEditor();
  const state = usePlaygroundStore.getState();
  return runCall({ request: body, betas: [...(betas ?? state.betas)], ...from });
}

/** Sends a request as edited (a tool result's turn, Continue): its {{variables}} filled in with the Variables' values,
 * the request with them kept for the conversation that follows. */
export function runTemplate(
  template: RequestBody,
  betas: readonly string[],
  variantId?: string,
): Promise<string | null> {
  const request = sentRequest(template, usePlaygroundStore.getState().variableValues);
  return startRun(request, betas, { variantId, ...(request === template ? {} : { template }) });
}

/** Stops one run, or every running one and the batch's queued calls. */
export function stopRun(id?: string): void {
  if (!id) stopBatch();
  stopCall(id);
}
