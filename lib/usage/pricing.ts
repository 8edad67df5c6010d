// Pure pricing: the cost of one call from the usage the API reported and the model's rates.
// Cache writes are billed at their lifetime's rate (5 minutes or 1 hour) and reads at the read rate.
import type { RateCard } from "./rates";

/** The usage fields that carry a price, as the API reports them (all optional while a stream is young). */
export interface BillableUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation?: { ephemeral_5m_input_tokens?: number | null; ephemeral_1h_input_tokens?: number | null } | null;
}

export type TokenKind = "input" | "cacheWrite5m" | "cacheWrite1h" | "cacheRead" | "output";

export type TokenCounts = Record<TokenKind, number>;

export type Cost = { known: true; usd: number; parts: Record<TokenKind, number> } | { known: false; reason: string };

const KIND_LABEL: Record<TokenKind, string> = {
  input: "input",
  output: "output",
  cacheWrite5m: "5-minute cache writes",
  cacheWrite1h: "1-hour cache writes",
  cacheRead: "cache reads",
};

const n = (value: number | null | undefined) => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** Splits usage into billable kinds. Without the 5m/1h breakdown, writes are 5-minute ones (the API's default). */
export function tokenCounts(usage: BillableUsage): TokenCounts {
  const writes = n(usage.cache_creation_input_tokens);
  const oneHour = Math.min(n(usage.cache_creation?.ephemeral_1h_input_tokens), writes);
  return {
    input: n(usage.input_tokens),
    output: n(usage.output_tokens),
    cacheWrite5m: writes - oneHour,
    cacheWrite1h: oneHour,
    cacheRead: n(usage.cache_read_input_tokens),
  };
}

/** Cost in USD of the given token counts. Unknown when there are no rates, or a used kind has no rate. */
export function costOfTokens(counts: TokenCounts, rates: RateCard | null): Cost {
  const parts = {} as Record<TokenKind, number>;
  // No tokens cost nothing at any price: a call refused before the model ran (an unknown model's 404) is $0.
  if (!rates && Object.values(counts).every((tokens) => tokens === 0)) {
    for (const kind of Object.keys(KIND_LABEL) as TokenKind[]) parts[kind] = 0;
    return { known: true, usd: 0, parts };
  }
  if (!rates) return { known: false, reason: "no known price for this model" };
  let usd = 0;
  for (const kind of Object.keys(KIND_LABEL) as TokenKind[]) {
    const tokens = counts[kind];
    const rate = rates[kind];
    if (tokens > 0 && rate === null) return { known: false, reason: `no known price for ${KIND_LABEL[kind]}` };
    parts[kind] = tokens > 0 ? (tokens * (rate as number)) / 1_000_000 : 0;
    usd += parts[kind];
  }
  return { known: true, usd, parts };
}

export function callCost(usage: BillableUsage, rates: RateCard | null): Cost {
  return costOfTokens(tokenCounts(usage), rates);
}

export type CacheTtl = "5m" | "1h";

/**
 * The most a call can cost before it is sent: every input token billed at the dearest rate it may meet
 * (a cache write when the request carries a breakpoint), and the reply running to `max_tokens`.
 */
export function worstCaseCost(
  inputTokens: number,
  maxTokens: number,
  rates: RateCard | null,
  longestTtl: CacheTtl | null,
): Cost {
  const counts: TokenCounts = { input: 0, output: maxTokens, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  if (longestTtl === "1h") counts.cacheWrite1h = inputTokens;
  else if (longestTtl === "5m") counts.cacheWrite5m = inputTokens;
  else counts.input = inputTokens;
  return costOfTokens(counts, rates);
}

/** Total input the model read: the uncached part plus cache writes and reads. */
export function totalInput(counts: TokenCounts): number {
  return counts.input + counts.cacheWrite5m + counts.cacheWrite1h + counts.cacheRead;
}
