"use client";

import type { ValidationIssue } from "@/lib/messages/validation/validate-request";
import { useSyncExternalStore } from "react";
import { issuesOf, onValidatorReady, validatorReady } from "@/lib/run/request-issues";
import { planBlocker, planRun, sentRequest, type RunBlocker } from "@/lib/run/run-plan";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { useModelLookup } from "../hooks/use-model-lookup";

export { unwrittenMessage } from "@/lib/run/run-plan";
export type { RunBlocker } from "@/lib/run/run-plan";

/** The issues of the request as it will be sent: the selected variant, with the Variables' values in place. */
export function useIssues(): ValidationIssue[] {
  useValidatorReady();
  const request = usePlaygroundStore((s) => s.request);
  const values = usePlaygroundStore((s) => s.variableValues);
  return issuesOf(sentRequest(request, values), useModelLookup());
}

/** Issues on `path` itself or inside it (`messages.0` gets `messages.0.content.1`). */
export function useFieldIssues(path: string): ValidationIssue[] {
  return useIssues().filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
}

/** Why Run is refused, or undefined when every call of the run may be sent. */
export function useRunBlocker(): RunBlocker | undefined {
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  const variants = usePlaygroundStore((s) => s.variants);
  const variableValues = usePlaygroundStore((s) => s.variableValues);
  const testCases = usePlaygroundStore((s) => s.testCases);
  const repeats = usePlaygroundStore((s) => s.repeats);
  const selected = usePlaygroundStore((s) => s.selectedVariant);
  const models = useModelLookup();
  useValidatorReady();
  return planBlocker(planRun({ variants, variableValues, testCases, repeats }), selected, models, jsonError);
}

/** Draws again once the validator has loaded (until then a request shows no issues). */
function useValidatorReady(): boolean {
  return useSyncExternalStore(onValidatorReady, validatorReady, () => false);
}
