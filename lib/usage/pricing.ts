// Pure pricing: the cost of one call from the usage the API reported and the model's rates.
// Cache writes are billed at their lifetime's rate (5 minutes or 1 hour) and reads at the read rate; a model with a
// long-prompt band bills every token of a long call at the band's rates; server tools are billed per request.
import type { ModelPrices, TokenRates } from "@/lib/models/catalogue";

/** The usage fields that carry a price, as the API reports them (all optional while a stream is young). */
export interface BillableUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation?: { ephemeral_5m_input_tokens?: number | null; ephemeral_1h_input_tokens?: number | null } | null;
  server_tool_use?: { web_search_requests?: number | null; web_fetch_requests?: number | null } | null;
}

export type TokenKind = "input" | "cacheWrite5m" | "cacheWrite1h" | "cacheRead" | "output";
export type ServerToolKind = "webSearch" | "webFetch";
export type CostKind = TokenKind | ServerToolKind;

export type TokenCounts = Record<TokenKind, number>;
export type ServerToolCounts = Record<ServerToolKind, number>;

export type Cost =
  | {
      known: true;
      usd: number;
      parts: Record<CostKind, number>;
      /** The call was billed at the model's long-prompt rates (its prompt was over the band's threshold). */
      longPrompt?: { aboveTokens: number };
    }
  | { known: false; reason: string };

const TOKEN_KINDS: TokenKind[] = ["input", "cacheWrite5m", "cacheWrite1h", "cacheRead", "output"];

export const KIND_LABEL: Record<CostKind, string> = {
  input: "input",
  output: "output",
  cacheWrite5m: "5-minute cache writes",
  cacheWrite1h: "1-hour cache writes",
  cacheRead: "cache reads",
  webSearch: "web searches",
  webFetch: "web fetches",
};

const SERVER_TOOL_RATE: Record<ServerToolKind, "webSearchPerThousand" | "webFetchPerThousand"> = {
  webSearch: "webSearchPerThousand",
  webFetch: "webFetchPerThousand",
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

/** Server-tool requests the call made (`usage.server_tool_use`), zero when the API reported none. */
export function serverToolCounts(usage: BillableUsage): ServerToolCounts {
  return {
    webSearch: n(usage.server_tool_use?.web_search_requests),
    webFetch: n(usage.server_tool_use?.web_fetch_requests),
  };
}

const NO_TOOLS: ServerToolCounts = { webSearch: 0, webFetch: 0 };

/** Total input the model read: the uncached part plus cache writes and reads (the prompt a band is judged on). */
function totalInput(counts: TokenCounts): number {
  return counts.input + counts.cacheWrite5m + counts.cacheWrite1h + counts.cacheRead;
}

/** The token rates a call of this prompt size pays: the long-prompt band's above its threshold. */
function tokenRatesFor(
  prices: ModelPrices,
  prompt: number,
): { rates: TokenRates; longPrompt?: { aboveTokens: number } } {
  const band = prices.longPrompt;
  return band && prompt > band.aboveTokens
    ? { rates: band, longPrompt: { aboveTokens: band.aboveTokens } }
    : { rates: prices };
}

/**
 * Cost in USD of the given counts. Unknown when there are no rates, or a used kind has no rate. A zero count costs
 * nothing whatever its rate: a call refused before the model ran (an unknown model's 404) is $0.
 */
export function costOfTokens(
  counts: TokenCounts,
  prices: ModelPrices | null,
  tools: ServerToolCounts = NO_TOOLS,
): Cost {
  const parts = {} as Record<CostKind, number>;
  const used = [...Object.values(counts), ...Object.values(tools)].some((count) => count > 0);
  if (!prices && !used) {
    for (const kind of Object.keys(KIND_LABEL) as CostKind[]) parts[kind] = 0;
    return { known: true, usd: 0, parts };
  }
  if (!prices) return { known: false, reason: "no known price for this model" };
  const { rates, longPrompt } = tokenRatesFor(prices, totalInput(counts));
  let usd = 0;
  const bill = (kind: CostKind, count: number, rate: number | null, per: number): string | undefined => {
    if (count > 0 && rate === null) return `no known price for ${KIND_LABEL[kind]}`;
    parts[kind] = count > 0 ? (count * (rate as number)) / per : 0;
    usd += parts[kind];
    return undefined;
  };
  for (const kind of TOKEN_KINDS) {
    const missing = bill(kind, counts[kind], rates[kind], 1_000_000);
    if (missing) return { known: false, reason: missing };
  }
  for (const kind of Object.keys(SERVER_TOOL_RATE) as ServerToolKind[]) {
    const missing = bill(kind, tools[kind], prices[SERVER_TOOL_RATE[kind]], 1_000);
    if (missing) return { known: false, reason: missing };
  }
  return longPrompt ? { known: true, usd, parts, longPrompt } : { known: true, usd, parts };
}

export function callCost(usage: BillableUsage, prices: ModelPrices | null): Cost {
  return costOfTokens(tokenCounts(usage), prices, serverToolCounts(usage));
}

export type CacheTtl = "5m" | "1h";

/**
 * The most a call can cost before it is sent: every input token billed at the dearest rate it may meet
 * (a cache write when the request carries a breakpoint), and the reply running to `max_tokens`. A long prompt
 * is priced at its band. Server tools are left out: how often the model calls them is not known beforehand.
 */
export function worstCaseCost(
  inputTokens: number,
  maxTokens: number,
  prices: ModelPrices | null,
  longestTtl: CacheTtl | null,
): Cost {
  const counts: TokenCounts = { input: 0, output: maxTokens, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  if (longestTtl === "1h") counts.cacheWrite1h = inputTokens;
  else if (longestTtl === "5m") counts.cacheWrite5m = inputTokens;
  else counts.input = inputTokens;
  return costOfTokens(counts, prices);
}
