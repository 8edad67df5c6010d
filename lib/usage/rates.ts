// Which prices apply to a model: the catalogue's, unless a gateway's price file overrides them.
// A rate may be null: that token kind has no known price, and a cost that needs it is unknown.
import { findModel, type ModelPrices } from "@/lib/models";

/** USD per million tokens, per token kind, with where the figures come from. */
export interface RateCard {
  input: number | null;
  output: number | null;
  cacheWrite5m: number | null;
  cacheWrite1h: number | null;
  cacheRead: number | null;
  source: string;
  date: string;
}

/** Model id → rates; `null` says "this model's price is unknown here" (e.g. a gateway that bills differently). */
export type PriceOverrides = Record<string, RateCard | null>;

export function fromCatalogue(prices: ModelPrices): RateCard {
  const { input, output, cacheWrite5m, cacheWrite1h, cacheRead, source, date } = prices;
  return { input, output, cacheWrite5m, cacheWrite1h, cacheRead, source, date };
}

/** The rates for one model, or null when nobody knows them: never a guess from a similar model. */
export function ratesFor(modelId: string, overrides: PriceOverrides = {}): RateCard | null {
  if (Object.hasOwn(overrides, modelId)) return overrides[modelId] ?? null;
  const prices = findModel(modelId)?.prices;
  return prices ? fromCatalogue(prices) : null;
}
