// Variants: several whole requests side by side, the selected one edited by the panel and the JSON editor through the
// request slice's own actions. The request slice's `request` and `betas` are the selected variant's: every write of
// them is written through to `variants` in the same update (`keepVariantsInStep`), so the two never disagree and the
// request slice, its actions and everything that reads `request` work as they did with one request.
// "Same messages in all variants" is one conversation for all: an edit of the selected variant's messages puts the same
// array in every variant, while everything else stays each variant's own.
import type { StateCreator, StoreMutatorIdentifier } from "zustand";
import type { RequestBody } from "@/lib/messages/types";

export interface Variant {
  /** Stable across renames and moves: results and runs refer to it. */
  id: string;
  /** The user's name for it; empty for none, shown as its position ("Variant 2"). */
  name: string;
  request: RequestBody;
  /** The beta features it is sent with (the `anthropic-beta` header). */
  betas: string[];
}

export { MAX_VARIANTS } from "@/lib/presets/limits";

export const newVariantId = () => `variant-${crypto.randomUUID()}`;

/** How a variant is called on the page: its name, or its position. */
export const variantLabel = (variant: Pick<Variant, "name">, index: number) =>
  variant.name.trim() || `Variant ${index + 1}`;

interface VariantsState {
  request: RequestBody;
  betas: string[];
  variants: Variant[];
  selectedVariant: number;
  sameMessages: boolean;
}

/** The variants once the selected one holds `request` and `betas`: its messages shared with all when they are. */
export function variantsWith(state: VariantsState, request: RequestBody, betas: string[]): Variant[] {
  const selected = state.variants[state.selectedVariant];
  if (!selected || (selected.request === request && selected.betas === betas)) return state.variants;
  const shareMessages = state.sameMessages && selected.request.messages !== request.messages;
  return state.variants.map((variant, index) => {
    if (index === state.selectedVariant) return { ...variant, request, betas };
    return shareMessages ? { ...variant, request: { ...variant.request, messages: request.messages } } : variant;
  });
}

/**
 * Middleware of the combined store: any update that sets `request` or `betas` (the request slice's actions, a preset, a
 * test's setState) also writes them into the selected variant, in the same update: one notification, as before.
 */
export const keepVariantsInStep =
  <
    T extends VariantsState,
    Mps extends [StoreMutatorIdentifier, unknown][] = [],
    Mcs extends [StoreMutatorIdentifier, unknown][] = [],
  >(
    config: StateCreator<T, Mps, Mcs>,
  ): StateCreator<T, Mps, Mcs> =>
  (set, get, api) => {
    type SetState = (partial: T | Partial<T> | ((state: T) => T | Partial<T>), replace?: boolean) => void;
    const raw = set as unknown as SetState;
    const inStep: SetState = (partial, replace) => {
      const next = typeof partial === "function" ? partial(get()) : partial;
      if (replace || !next || !("request" in next || "betas" in next)) return raw(next, replace);
      // The variants' own actions set them (and the selection) themselves.
      if ("variants" in next || "selectedVariant" in next) return raw(next, replace);
      const state = get();
      const request = (next.request ?? state.request) as RequestBody;
      const betas = (next.betas ?? state.betas) as string[];
      const variants = variantsWith(state, request, betas);
      raw(variants === state.variants ? next : { ...next, variants }, replace);
    };
    api.setState = inStep as typeof api.setState;
    return config(inStep as typeof set, get, api);
  };
