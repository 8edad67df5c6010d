// What survives a reload: the variants (each a whole request with its betas and name), which one is selected, an
// unparsed JSON draft, and what a run is made of (variables, test cases, repeats, concurrency, the cost threshold).
// Never run state, results or actions. Version 1 held one request: it opens as one variant.
import { normalizeBetas } from "@/lib/messages/betas";
import type { RequestBody } from "@/lib/messages/types";
import { MAX_TEST_CASES, type TestCase } from "@/lib/test-cases/test-cases";
import {
  clampWhole,
  DEFAULT_CONCURRENCY,
  DEFAULT_CONFIRM_ABOVE_USD,
  MAX_CONCURRENCY,
  MAX_REPEATS,
  newCaseId,
  type CasesSlice,
} from "./cases-slice";
import { restoreRequest, type RequestSlice } from "./request-slice";
import { MAX_VARIANTS, newVariantId, type Variant } from "./variants";
import { FIRST_VARIANT, type VariantsSlice } from "./variants-slice";

export const DRAFT_VERSION = 2;

type DraftState = RequestSlice & VariantsSlice & CasesSlice;

export type Draft = Pick<
  DraftState,
  | "variants"
  | "selectedVariant"
  | "sameMessages"
  | "jsonDraft"
  | "jsonError"
  | "variableValues"
  | "testCases"
  | "repeats"
  | "concurrency"
  | "confirmAboveUsd"
>;

export function partializeDraft(state: DraftState): Draft {
  return {
    variants: state.variants,
    selectedVariant: state.selectedVariant,
    sameMessages: state.sameMessages,
    jsonDraft: state.jsonDraft,
    jsonError: state.jsonError,
    variableValues: state.variableValues,
    testCases: state.testCases,
    repeats: state.repeats,
    concurrency: state.concurrency,
    confirmAboveUsd: state.confirmAboveUsd,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const strings = (value: unknown): Record<string, string> =>
  isObject(value)
    ? Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      )
    : {};

/** A version-1 draft (one request) as a version-2 one. */
export function migrateDraft(persisted: unknown, version: number): unknown {
  if (version >= DRAFT_VERSION || !isObject(persisted)) return persisted;
  const restored = restoreRequest(persisted);
  if (!restored.request) return {};
  return {
    variants: [{ ...FIRST_VARIANT, request: restored.request, betas: restored.betas ?? [] }],
    selectedVariant: 0,
    jsonDraft: restored.jsonDraft ?? null,
    jsonError: restored.jsonError ?? null,
  };
}

function restoreVariant(value: unknown): Variant | null {
  if (!isObject(value)) return null;
  const { request, betas } = restoreRequest({ request: value.request, betas: value.betas });
  if (!request) return null;
  return {
    id: typeof value.id === "string" && value.id ? value.id : newVariantId(),
    name: typeof value.name === "string" ? value.name : "",
    request: request as RequestBody,
    betas: betas ?? [],
  };
}

/** The state a version-2 draft restores, each part checked: what does not look right falls back to the default. */
export function restoreDraft(persisted: unknown): Partial<DraftState> {
  if (!isObject(persisted)) return {};
  const variants = (Array.isArray(persisted.variants) ? persisted.variants : [])
    .map(restoreVariant)
    .filter((v): v is Variant => v !== null)
    .slice(0, MAX_VARIANTS);
  const state: Partial<DraftState> = {};
  if (variants.length > 0) {
    const selected = clampWhole(Number(persisted.selectedVariant), 0, variants.length - 1, 0);
    const sameMessages = persisted.sameMessages !== false;
    const messages = variants[0].request.messages;
    // One conversation is one array again (JSON made copies of it).
    const shared = sameMessages ? variants.map((v) => ({ ...v, request: { ...v.request, messages } })) : variants;
    const draft = typeof persisted.jsonDraft === "string" ? persisted.jsonDraft : null;
    Object.assign(state, {
      variants: shared,
      selectedVariant: selected,
      sameMessages,
      request: shared[selected].request,
      betas: normalizeBetas(shared[selected].betas),
      jsonDraft: draft,
      jsonError: draft ? (typeof persisted.jsonError === "string" ? persisted.jsonError : "invalid JSON") : null,
    });
  }
  if (isObject(persisted.variableValues)) state.variableValues = strings(persisted.variableValues);
  if (Array.isArray(persisted.testCases))
    state.testCases = persisted.testCases
      .filter(isObject)
      .slice(0, MAX_TEST_CASES)
      .map(
        (c): TestCase => ({
          id: typeof c.id === "string" && c.id ? c.id : newCaseId(),
          values: strings(c.values),
        }),
      );
  if (typeof persisted.repeats === "number") state.repeats = clampWhole(persisted.repeats, 1, MAX_REPEATS, 1);
  if (typeof persisted.concurrency === "number")
    state.concurrency = clampWhole(persisted.concurrency, 1, MAX_CONCURRENCY, DEFAULT_CONCURRENCY);
  if (typeof persisted.confirmAboveUsd === "number" && persisted.confirmAboveUsd >= 0)
    state.confirmAboveUsd = persisted.confirmAboveUsd;
  else if (persisted.confirmAboveUsd !== undefined) state.confirmAboveUsd = DEFAULT_CONFIRM_ABOVE_USD;
  return state;
}
