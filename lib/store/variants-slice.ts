import type { StateCreator } from "zustand";
import type { RequestBody } from "@/lib/messages/types";
import { moveItem } from "./request-edits";
import type { RequestSlice } from "./request-slice";
import type { RunSlice } from "./run-slice";
import { DEFAULT_REQUEST } from "./request-slice";
import { MAX_VARIANTS, newVariantId, type Variant } from "./variants";

export interface VariantsSlice {
  /** Every variant, in column order; the selected one's request and betas are also `request` and `betas`. */
  variants: Variant[];
  selectedVariant: number;
  /** One conversation for every variant (on by default): the messages are shared, everything else is each one's. */
  sameMessages: boolean;
  /** A copy of the selected variant, added last and selected (at most MAX_VARIANTS). */
  addVariant: () => void;
  removeVariant: (index: number) => void;
  moveVariant: (from: number, to: number) => void;
  renameVariant: (index: number, name: string) => void;
  /** The panel and the JSON editor edit this variant from now on. Refused while the JSON editor holds invalid text. */
  selectVariant: (index: number) => void;
  /** Turned on, every variant takes the selected variant's messages. */
  setSameMessages: (on: boolean) => void;
  /** Opens a request as a comparison: variant 1 is the request, variant 2 a copy of it to change. */
  compareRequest: (request: RequestBody, betas?: readonly string[]) => void;
  /** Replaces every variant at once (a preset), selecting the first. */
  replaceVariants: (variants: Variant[], sameMessages: boolean) => void;
}

export const FIRST_VARIANT: Variant = { id: "variant-1", name: "", request: DEFAULT_REQUEST, betas: [] };

type State = RequestSlice & RunSlice & VariantsSlice;

export const createVariantsSlice: StateCreator<State, [], [], VariantsSlice> = (set, get) => {
  /** The selection, with the request slice and the transcript following it. */
  const select = (variants: Variant[], index: number, more: Partial<State> = {}) => {
    const variant = variants[index];
    set({
      variants,
      selectedVariant: index,
      request: variant.request,
      betas: variant.betas,
      jsonError: null,
      jsonDraft: null,
      activeRunId: get().latestRunOf[variant.id] ?? get().activeRunId,
      ...more,
    });
  };
  return {
    variants: [FIRST_VARIANT],
    selectedVariant: 0,
    sameMessages: true,
    addVariant: () => {
      const { variants, selectedVariant } = get();
      if (variants.length >= MAX_VARIANTS || get().jsonError) return;
      const source = variants[selectedVariant];
      const copy: Variant = { ...structuredClone(source), id: newVariantId(), name: "" };
      // One conversation stays one array.
      if (get().sameMessages) copy.request = { ...copy.request, messages: source.request.messages };
      select([...variants, copy], variants.length);
    },
    removeVariant: (index) => {
      const { variants, selectedVariant } = get();
      if (variants.length <= 1 || !variants[index]) return;
      const rest = variants.filter((_, i) => i !== index);
      const selected = selectedVariant > index ? selectedVariant - 1 : Math.min(selectedVariant, rest.length - 1);
      if (selectedVariant === index) select(rest, selected);
      else set({ variants: rest, selectedVariant: selected });
    },
    moveVariant: (from, to) => {
      const { variants, selectedVariant } = get();
      if (!variants[from] || !variants[to] || from === to) return;
      const selectedId = variants[selectedVariant].id;
      const moved = moveItem(variants, from, to);
      set({ variants: moved, selectedVariant: moved.findIndex((v) => v.id === selectedId) });
    },
    renameVariant: (index, name) => {
      const { variants } = get();
      if (!variants[index] || variants[index].name === name) return;
      set({ variants: variants.map((v, i) => (i === index ? { ...v, name } : v)) });
    },
    selectVariant: (index) => {
      const { variants, selectedVariant, jsonError } = get();
      if (index === selectedVariant || !variants[index] || jsonError) return;
      select(variants, index);
    },
    setSameMessages: (on) => {
      const { variants, selectedVariant, sameMessages } = get();
      if (on === sameMessages) return;
      if (!on) return set({ sameMessages: false });
      const messages = variants[selectedVariant].request.messages;
      set({
        sameMessages: true,
        variants: variants.map((v) =>
          v.request.messages === messages ? v : { ...v, request: { ...v.request, messages } },
        ),
      });
    },
    compareRequest: (request, betas = []) => {
      const first: Variant = { id: newVariantId(), name: "", request: structuredClone(request), betas: [...betas] };
      const second: Variant = { ...structuredClone(first), id: newVariantId() };
      second.request = { ...second.request, messages: first.request.messages };
      select([first, second], 1, { sameMessages: true });
    },
    replaceVariants: (variants, sameMessages) => {
      if (variants.length === 0) return;
      const kept = variants.slice(0, MAX_VARIANTS);
      const messages = kept[0].request.messages;
      const shared = sameMessages ? kept.map((v) => ({ ...v, request: { ...v.request, messages } })) : kept;
      select(shared, 0, { sameMessages });
    },
  };
};
