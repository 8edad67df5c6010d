// An upstream profile (`PLAYGROUND_UPSTREAM_PROFILE`): what a gateway does differently from Anthropic's API, per
// model: its limits, its prices, how it refuses an over-long prompt, and models of its own. It is laid over the
// catalogue by ./lookup.ts. A price file (`PLAYGROUND_PRICES_FILE`) is the subset that gives prices only.
// Parsing is pure (no file access): the server and the standalone simulator read the file and hand its text here.
import { z } from "zod";
import { ERROR_STATUS } from "@/lib/messages/errors";
import type { ApiErrorType } from "@/lib/messages/types";
import { PriceEntrySchema, type PriceFile, toPrices } from "@/lib/models/price-file";
import { findModel } from "./index";
import type { ModelOverride, UpstreamProfile } from "./profile-types";
import type { EffortLevel } from "./types";

const Effort = z.enum(["low", "medium", "high", "xhigh", "max"]);
const Tokens = z.number().int().positive();

const PromptTooLongSchema = z
  .object({
    status: z.number().int().min(400).max(599),
    type: z.enum(Object.keys(ERROR_STATUS) as [ApiErrorType, ...ApiErrorType[]]),
    /** May hold {tokens} (the prompt's count), {maximum} (the window, 200000) and {maximum_short} (200K). */
    message: z.string().min(1),
  })
  .strict();

/** One model in a profile. Any fact may be given; a model the catalogue lacks needs at least its label and limits. */
const ProfileModelSchema = z
  .object({
    label: z.string().min(1).optional(),
    contextWindow: Tokens.optional(),
    maxOutput: Tokens.optional(),
    /** The price file's entry; `null`: this upstream's price for the model is unknown. */
    prices: PriceEntrySchema.nullable().optional(),
    promptTooLong: PromptTooLongSchema.optional(),
    released: z.iso.date().optional(),
    manualThinking: z.enum(["supported", "deprecated", "refused", "none"]).optional(),
    adaptiveThinking: z.boolean().optional(),
    thinkingAlwaysOn: z.boolean().optional(),
    thinkingByDefault: z.boolean().optional(),
    effort: z.array(Effort).optional(),
    defaultEffort: Effort.nullable().optional(),
    vision: z.boolean().optional(),
    tools: z.boolean().optional(),
    caching: z.boolean().optional(),
    minCacheableTokens: Tokens.optional(),
    prefill: z.boolean().optional(),
    source: z.string().optional(),
  })
  .strict();

export const UpstreamProfileSchema = z
  .object({
    /** Shown to the user beside the limits it changes ("ByteSpike gateway"). */
    name: z.string().min(1).optional(),
    /** Where the profile's facts come from (the gateway's own pages). */
    source: z.string().optional(),
    /** How the upstream refuses an over-long prompt, for every model it serves (a model's own entry wins). */
    promptTooLong: PromptTooLongSchema.optional(),
    /** A model set to `null` is a price file's "price unknown". */
    models: z.record(z.string().min(1), ProfileModelSchema.nullable()),
  })
  .strict();

export type { ModelOverride, UpstreamProfile } from "./profile-types";
export { NO_PROFILE } from "./profile-types";

/** A model the catalogue lacks becomes selectable and checkable only with these: anything less is a mistake. */
const NEW_MODEL_NEEDS = ["label", "contextWindow", "maxOutput"] as const;

function toOverride(entry: z.infer<typeof ProfileModelSchema> | null, origin: string): ModelOverride {
  if (entry === null) return { prices: null };
  const { prices, effort, defaultEffort, ...facts } = entry;
  return {
    ...facts,
    ...(effort ? { effort: effort as EffortLevel[] } : {}),
    ...(defaultEffort !== undefined ? { defaultEffort } : {}),
    ...(prices !== undefined ? { prices: prices && toPrices(prices, entry.source ?? origin) } : {}),
  };
}

/** Parses a profile's text; a bad file is an error value with a message, never a crash. */
export function parseProfile(text: string, origin: string): { profile: UpstreamProfile } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `${origin} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = UpstreamProfileSchema.safeParse(json);
  if (!parsed.success) {
    // A price file given as a profile: its rates sit where a profile's model facts go.
    const models = (json as { models?: Record<string, unknown> } | null)?.models;
    const flat = Object.values(models ?? {}).some(
      (entry) => typeof entry === "object" && entry !== null && "input" in entry,
    );
    const hint = flat
      ? ' A model\'s rates go under "prices" in a profile; a file of rates alone is a price file (PLAYGROUND_PRICES_FILE).'
      : "";
    return { error: `${origin} does not match the upstream profile format: ${z.prettifyError(parsed.error)}${hint}` };
  }
  const models: Record<string, ModelOverride> = {};
  for (const [id, entry] of Object.entries(parsed.data.models)) {
    const override = toOverride(entry, parsed.data.source ?? origin);
    const gives = Object.keys(override).filter(
      (key) => key !== "prices" && key !== "promptTooLong" && key !== "source",
    );
    const lacks = NEW_MODEL_NEEDS.filter((key) => override[key] === undefined);
    if (!findModel(id) && gives.length > 0 && lacks.length > 0)
      return {
        error: `${origin}: ${id} is not in the catalogue, so its entry must give a whole model; it lacks ${lacks.join(", ")}.`,
      };
    models[id] = override;
  }
  const { name, source, promptTooLong } = parsed.data;
  return {
    profile: {
      ...(name ? { name } : {}),
      ...(source ? { source } : {}),
      ...(promptTooLong ? { promptTooLong } : {}),
      models,
    },
  };
}

/** A price file read as the profile it is a subset of: each model's prices, nothing else. */
export function profileFromPriceFile(file: PriceFile, origin: string): UpstreamProfile {
  const models: Record<string, ModelOverride> = {};
  for (const [id, entry] of Object.entries(file.models)) models[id] = { prices: entry && toPrices(entry, origin) };
  return { models };
}

/** `top` laid over `base`: a model in both keeps base's facts that top does not give. */
export function mergeProfiles(base: UpstreamProfile, top: UpstreamProfile): UpstreamProfile {
  const models = { ...base.models };
  for (const [id, override] of Object.entries(top.models)) models[id] = { ...models[id], ...override };
  return { ...base, ...top, models };
}
