// Which prices apply to a model: the catalogue's, unless a gateway's price file overrides them.
// A rate may be null: that kind has no known price, and a cost that needs it is unknown.
import { findModel, type ModelPrices } from "@/lib/models";

/** Model id → prices; `null` says "this model's price is unknown here" (e.g. a gateway that bills differently). */
export type PriceOverrides = Record<string, ModelPrices | null>;

/** The prices for one model, or null when nobody knows them: never a guess from a similar model. */
export function ratesFor(modelId: string, overrides: PriceOverrides = {}): ModelPrices | null {
  if (Object.hasOwn(overrides, modelId)) return overrides[modelId] ?? null;
  return findModel(modelId)?.prices ?? null;
}
