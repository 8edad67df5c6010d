// What the second call cost next to the first: tokens by kind and the price of each, with the difference. A cost
// is unknown, never invented, when either model's price is: so is the difference.
import type { ModelLookup } from "@/lib/models/lookup";
import { type BillableUsage, type Cost, callCost, serverToolCounts, tokenCounts } from "@/lib/usage/pricing";

export interface BilledCall {
  usage: BillableUsage;
  /** The model priced: the id as requested (the catalogue knows it; a reply may name a dated snapshot of it). */
  model: string;
  /** The output tokens are estimated from the text received (the stream ended before the API reported them). */
  outputEstimated?: boolean;
}

export interface FigureDelta {
  label: string;
  before: number;
  after: number;
  /** after − before */
  delta: number;
}

export interface UsageDelta {
  figures: FigureDelta[];
  cost: {
    before: Cost;
    after: Cost /** after − before in USD; null when either cost is unknown */;
    delta: number | null;
  };
  /** Which side's output count is an estimate (its stream ended before the API reported it). */
  estimated: { before: boolean; after: boolean };
}

const figure = (label: string, before: number, after: number): FigureDelta => ({
  label,
  before,
  after,
  delta: after - before,
});

/** Tokens by kind (input, cache write, cache read, output; server-tool requests when either call made some), and cost. */
export function usageDelta(before: BilledCall, after: BilledCall, models: ModelLookup): UsageDelta {
  const a = tokenCounts(before.usage);
  const b = tokenCounts(after.usage);
  const figures = [
    figure("Input", a.input, b.input),
    figure("Cache write", a.cacheWrite5m + a.cacheWrite1h, b.cacheWrite5m + b.cacheWrite1h),
    figure("Cache read", a.cacheRead, b.cacheRead),
    figure("Output", a.output, b.output),
  ];
  const toolsA = serverToolCounts(before.usage);
  const toolsB = serverToolCounts(after.usage);
  if (toolsA.webSearch || toolsB.webSearch) figures.push(figure("Web searches", toolsA.webSearch, toolsB.webSearch));
  if (toolsA.webFetch || toolsB.webFetch) figures.push(figure("Web fetches", toolsA.webFetch, toolsB.webFetch));
  const costA = callCost(before.usage, models.prices(before.model));
  const costB = callCost(after.usage, models.prices(after.model));
  return {
    figures,
    cost: { before: costA, after: costB, delta: costA.known && costB.known ? costB.usd - costA.usd : null },
    estimated: { before: Boolean(before.outputEstimated), after: Boolean(after.outputEstimated) },
  };
}

/** A difference as people read one: "+1,234", "−56" (a real minus sign), "0"; with the change in percent when the
 * first figure is not zero ("+12%"). */
export function signed(delta: number, format: (value: number) => string): string {
  if (delta === 0) return "0";
  return `${delta > 0 ? "+" : "−"}${format(Math.abs(delta))}`;
}

export function percentChange(before: number, after: number): string | null {
  if (before === 0 || before === after) return null;
  const percent = ((after - before) / before) * 100;
  const rounded = Math.abs(percent) < 10 ? Math.round(percent * 10) / 10 : Math.round(percent);
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded)}%`;
}
