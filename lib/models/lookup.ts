// The models as an upstream serves them: the catalogue, with an upstream profile's facts laid over it and the
// profile's own models added. Everything that asks "what does this model allow, cost, refuse?" asks a lookup:
// validation (`ValidateOptions.models`), the simulator, the panel and the cost figures.
import { MODELS } from "./catalogue";
import { findModel, unknownModel } from "./index";
import { NO_PROFILE, type UpstreamProfile } from "./profile-types";
import type { ModelInfo, ModelPrices } from "./types";

export interface ModelLookup {
  /** The model for an id or one of its aliases; undefined for a model nobody here describes. */
  find(id: string): ModelInfo | undefined;
  /** Every model: the catalogue's, then the profile's own. */
  all(): readonly ModelInfo[];
  /** The model's prices here; null when unknown. A profile may price a model it does not describe. */
  prices(id: string): ModelPrices | null;
  /** The profile's name, when one is in force. */
  profileName?: string;
}

function build(profile: UpstreamProfile): ModelLookup {
  const overrideOf = (id: string, model?: ModelInfo) =>
    profile.models[id] ?? (model ? profile.models[model.id] : undefined);
  const layered = (base: ModelInfo, id: string): ModelInfo => {
    const override = overrideOf(id, base);
    const promptTooLong = override?.promptTooLong ?? profile.promptTooLong ?? base.promptTooLong;
    if (!override && !promptTooLong) return base;
    const { source, ...facts } = override ?? {};
    return {
      ...base,
      ...facts,
      ...(promptTooLong ? { promptTooLong } : {}),
      sources: [...base.sources, ...(source || profile.source ? [(source ?? profile.source) as string] : [])],
    };
  };
  const known = new Set(MODELS.flatMap((m) => [m.id, ...(m.aliases ?? [])]));
  // The profile's own models: those it describes whole (label and limits; parseProfile checked the rest).
  const own = Object.entries(profile.models)
    .filter(([id, o]) => !known.has(id) && o.label !== undefined && o.contextWindow !== undefined)
    .map(([id]) => layered({ ...unknownModel(id), sources: [] }, id));
  const byId = new Map(own.map((m) => [m.id, m]));
  const catalogue = MODELS.map((m) => layered(m, m.id));
  const all = [...catalogue, ...own];
  const found = new Map<string, ModelInfo | undefined>();
  return {
    find(id) {
      if (!found.has(id)) {
        const base = findModel(id);
        // A dated alias carries the profile's facts for its model, as the catalogue entry it belongs to.
        found.set(id, base ? layered(base, id) : byId.get(id));
      }
      return found.get(id);
    },
    all: () => all,
    prices(id) {
      const override = overrideOf(id, findModel(id));
      if (override && "prices" in override) return override.prices ?? null;
      return this.find(id)?.prices ?? null;
    },
    ...(profile.name ? { profileName: profile.name } : {}),
  };
}

const built = new WeakMap<UpstreamProfile, ModelLookup>();

/** The lookup for a profile, made once per profile object (so a cache keyed on it stays valid). */
export function modelLookup(profile: UpstreamProfile = NO_PROFILE): ModelLookup {
  let lookup = built.get(profile);
  if (!lookup) built.set(profile, (lookup = build(profile)));
  return lookup;
}

/** The catalogue alone: Anthropic's API as the catalogue describes it. */
export const CATALOGUE_LOOKUP: ModelLookup = modelLookup(NO_PROFILE);
