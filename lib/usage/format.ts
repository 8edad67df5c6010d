// How figures read on screen: tokens with separators, money with enough digits to be non-zero.
import type { Cost } from "./pricing";
import { formatNumber } from "@/lib/format/number";

export const DASH = "—";

export function formatTokens(value: number | null | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? formatNumber(value) : DASH;
}

/** $1.23 for large sums; small ones keep 3 significant digits ($0.00412) so a cheap call never reads $0.00. */
export function formatUsd(usd: number): string {
  if (usd === 0) return "$0";
  if (usd >= 1) return `$${formatNumber(usd, 2)}`;
  if (usd >= 0.01) return `$${usd.toFixed(4)}`;
  // Three significant digits, written out (never 1.5e-7) and without trailing zeros.
  const digits = Math.min(20, 2 - Math.floor(Math.log10(usd)));
  return `$${usd.toFixed(digits).replace(/\.?0+$/, "")}`;
}

export function formatCost(cost: Cost): string {
  return cost.known ? formatUsd(cost.usd) : "unknown";
}

export function formatMs(value: number | null | undefined): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return DASH;
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${formatNumber(Math.round(value))} ms`;
}

export function formatRate(tokensPerSecond: number | null): string {
  return tokensPerSecond === null ? DASH : `${tokensPerSecond.toFixed(1)} tok/s`;
}

/**
 * Output speed over the streaming part of the call (after the first token), the figure people compare
 * between models; null until there are at least two tokens and some time between them.
 */
export function outputTokensPerSecond(
  outputTokens: number | undefined,
  firstTokenMs: number | undefined,
  totalMs: number | undefined,
): number | null {
  if (!outputTokens || outputTokens < 2 || firstTokenMs === undefined || totalMs === undefined) return null;
  const seconds = (totalMs - firstTokenMs) / 1000;
  return seconds > 0.001 ? outputTokens / seconds : null;
}
