"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";
import { longestTtl } from "@/lib/usage/cache-breakpoints";
import { DASH, formatCost, formatTokens } from "@/lib/usage/format";
import { worstCaseCost } from "@/lib/usage/pricing";
import { useModelLookup } from "../hooks/use-model-lookup";
import { ContextMeter } from "./context-meter";
import { Figure } from "./figure";
import { useInputTokens } from "./use-input-tokens";

/** Above these, the panel warns (never blocks): the user may well mean it. */
const LARGE_COST_USD = 0.5;
const LARGE_CONTEXT_SHARE = 0.8;

function thinkingBudget(thinking: unknown): { budget: number | null; adaptive: boolean } {
  const t = thinking as { type?: string; budget_tokens?: unknown } | undefined;
  if (t?.type === "enabled" && typeof t.budget_tokens === "number") return { budget: t.budget_tokens, adaptive: false };
  return { budget: null, adaptive: t?.type === "adaptive" };
}

/** What the request as edited will take before it is sent: input tokens, context share, worst-case cost. */
export function PreSend() {
  const request = usePlaygroundStore((s) => s.request);
  const models = useModelLookup();
  const betas = usePlaygroundStore((s) => s.betas);
  const input = useInputTokens(request, betas);
  const model = models.find(request.model);
  // max_tokens as edited may be anything ("lots", -5): the figures that depend on it wait for a valid one rather
  // than show the cost of a reply of 0 tokens.
  const validMax = Number.isInteger(request.max_tokens) && (request.max_tokens as number) >= 1;
  const maxTokens = validMax ? (request.max_tokens as number) : 0;
  const thinking = thinkingBudget(request.thinking);
  const worst = worstCaseCost(input.tokens, maxTokens, models.prices(request.model), longestTtl(request));
  const warnings: string[] = [];
  if (model && input.tokens + maxTokens > model.contextWindow)
    warnings.push(
      `Input plus max_tokens exceeds ${model.label}'s ${formatTokens(model.contextWindow)}-token window: the API may refuse the call.`,
    );
  else if (model && input.tokens + maxTokens > model.contextWindow * LARGE_CONTEXT_SHARE)
    warnings.push(`This call may use over ${LARGE_CONTEXT_SHARE * 100}% of the context window.`);
  if (worst.known && worst.usd > LARGE_COST_USD) warnings.push(`This call may cost up to ${formatCost(worst)}.`);

  return (
    <div role="group" aria-label="Before sending" className="space-y-3">
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-3">
        <Figure
          label={input.source === "count" ? "Input to send (count_tokens)" : "Input to send (local estimate)"}
          value={`${input.source === "estimate" ? "≈ " : ""}${formatTokens(input.tokens)}${input.pending ? " …" : ""}`}
          hint={
            input.note
              ? `Estimated locally: ${input.note}.`
              : input.source === "count"
                ? "Counted by the upstream's count_tokens endpoint."
                : undefined
          }
        />
        <Figure
          label="Max output"
          value={validMax ? formatTokens(maxTokens) : DASH}
          hint={validMax ? undefined : "max_tokens must be a whole number of at least 1."}
        />
        <Figure
          label="Worst-case cost"
          value={validMax ? formatCost(worst) : DASH}
          hint={
            !validMax
              ? "Needs a valid max_tokens."
              : worst.known
                ? "All input at the dearest rate it may meet, and the reply running to max_tokens."
                : `Cost unknown: ${worst.reason}.`
          }
        />
      </dl>
      {model ? (
        <ContextMeter
          input={input.tokens}
          maxTokens={validMax ? maxTokens : null}
          thinkingBudget={thinking.budget}
          window={model.contextWindow}
        />
      ) : (
        <p className="text-xs text-muted">
          The catalogue does not know {request.model}: no context window to compare with.
        </p>
      )}
      {thinking.adaptive && (
        <p className="text-xs text-muted">Adaptive thinking: the model decides how much of max_tokens it thinks.</p>
      )}
      {warnings.map((warning) => (
        <p
          key={warning}
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          {warning}
        </p>
      ))}
    </div>
  );
}
