"use client";

import { planRun, worstCaseOfPlan } from "@/lib/run/run-plan";
import { MAX_CONCURRENCY, MAX_REPEATS } from "@/lib/store/cases-slice";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { formatUsd } from "@/lib/usage/format";
import { useModelLookup } from "../hooks/use-model-lookup";
import { NumberField } from "../ui/number-field";

/** Past this many calls a run says beforehand what it may cost at worst. */
const SAY_WORST_ABOVE_CALLS = 10;

/** How a run goes: repeats, then (folded) its concurrency and the cost above which it asks first; and, for a run of
 * many calls, how many and what they may cost at worst. */
export function RunSettings() {
  const repeats = usePlaygroundStore((s) => s.repeats);
  const concurrency = usePlaygroundStore((s) => s.concurrency);
  const confirmAbove = usePlaygroundStore((s) => s.confirmAboveUsd);
  const store = usePlaygroundStore.getState;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <NumberField
        inline
        label="Repeats"
        value={repeats}
        min={1}
        max={MAX_REPEATS}
        step={1}
        rangeMessage={false}
        title={`Each call is made this many times (1–${MAX_REPEATS}), to see how stable the replies are`}
        onChange={(v) => v !== undefined && store().setRepeats(v)}
      />
      <details className="relative">
        <summary className="cursor-pointer text-xs font-medium text-slate-600 dark:text-slate-400">
          Run settings
        </summary>
        <div className="mt-1 space-y-2 rounded-md border border-slate-200 bg-white p-3 shadow-lg sm:absolute sm:left-0 sm:z-30 sm:w-64 dark:border-slate-700 dark:bg-slate-900">
          <NumberField
            label="Concurrency"
            value={concurrency}
            min={1}
            max={MAX_CONCURRENCY}
            step={1}
            onChange={(v) => v !== undefined && store().setConcurrency(v)}
          />
          <p className="text-xs text-muted">Calls of a run in flight at once; the rest wait their turn.</p>
          <NumberField
            label="Ask before runs over (USD)"
            value={confirmAbove}
            min={0}
            step={0.5}
            onChange={(v) => v !== undefined && store().setConfirmAboveUsd(v)}
          />
          <p className="text-xs text-muted">A run whose worst case costs more asks first; it is never refused.</p>
        </div>
      </details>
      <RunSize />
    </div>
  );
}

/** How many calls Run will make and their worst-case cost, for a run of more than a few. */
function RunSize() {
  const variants = usePlaygroundStore((s) => s.variants);
  const variableValues = usePlaygroundStore((s) => s.variableValues);
  const testCases = usePlaygroundStore((s) => s.testCases);
  const repeats = usePlaygroundStore((s) => s.repeats);
  const models = useModelLookup();
  const plan = planRun({ variants, variableValues, testCases, repeats });
  if (plan.calls.length <= SAY_WORST_ABOVE_CALLS) return null;
  const worst = worstCaseOfPlan(plan, models);
  const unknown = worst.unknownCalls ? ` (${worst.unknownCalls} without a known price left out)` : "";
  return (
    <p className="text-xs text-muted" data-testid="run-size">
      {plan.calls.length} calls · worst case {formatUsd(worst.usd)}
      {unknown}
    </p>
  );
}
