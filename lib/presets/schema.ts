// The preset: a named, versioned snapshot of a request and of the panel options that matter.
// Never a key or an access token: the top level is strict (no room for an `apiKey` field) and
// `findSecret` refuses key-like strings anywhere inside.
import { z } from "zod";
import { MessageRequestSchema } from "@/lib/messages/request-schema";
import type { RequestBody } from "@/lib/messages/types";
import { MAX_TEST_CASES } from "@/lib/test-cases/test-cases";
import { MAX_REPEATS, MAX_VARIANTS, NAME_MAX } from "./limits";
import { type SavedResults, SavedResultsSchema } from "./saved-results";

export { MAX_REPEATS, MAX_VARIANTS, NAME_MAX };

/** 1: name, description, request, panel. 2: adds `betas`. 3: adds a comparison: `variantName` (the name of variant 1,
 * which is the preset's own request and betas), `variants` (variants 2 and on), `sameMessages`, `variables` (their
 * values), `testCases`, `repeats`, and `results` when the user saves them. */
export const PRESET_VERSION = 3;
export const DESCRIPTION_MAX = 5_000;
/** Nesting deeper than this is refused before anything walks the value recursively. */
export const MAX_DEPTH = 64;

const PanelValueSchema = z.union([z.string().max(1_000), z.number(), z.boolean()]);

/** A beta feature's name as the `anthropic-beta` header carries it: no commas, spaces or control characters. */
const BetaNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\s,\p{Cc}]+$/u, "a beta name is one word, without commas or spaces");

const VariantSchema = z.strictObject({
  /** Empty for a variant known by its position. */
  name: z.string().max(NAME_MAX),
  request: MessageRequestSchema,
  betas: z.array(BetaNameSchema).max(100).optional(),
});

/** A value per {{variable}}, by its name. */
const ValuesSchema = z
  .record(z.string().min(1).max(200), z.string().max(1_000_000))
  .refine((values) => Object.keys(values).length <= 200, "at most 200 variables");

export const PresetSchema = z.strictObject({
  version: z.literal(PRESET_VERSION),
  name: z.string().trim().min(1, "a preset needs a name").max(NAME_MAX),
  description: z.string().max(DESCRIPTION_MAX).optional(),
  request: MessageRequestSchema,
  /** The beta features the request is sent with (the `anthropic-beta` header); absent when none. */
  betas: z.array(BetaNameSchema).max(100).optional(),
  /** View options worth restoring with the request (owned by the panel; primitives only). */
  panel: z
    .record(z.string().max(64), PanelValueSchema)
    .refine((p) => Object.keys(p).length <= 50, "at most 50 panel options")
    .optional(),
  variantName: z.string().max(NAME_MAX).optional(),
  variants: z
    .array(VariantSchema)
    .max(MAX_VARIANTS - 1)
    .optional(),
  /** One conversation for every variant (the default): the variants' messages are variant 1's. */
  sameMessages: z.boolean().optional(),
  variables: ValuesSchema.optional(),
  testCases: z.array(ValuesSchema).max(MAX_TEST_CASES).optional(),
  repeats: z.number().int().min(1).max(MAX_REPEATS).optional(),
  results: SavedResultsSchema.optional(),
});

type Variant = Omit<z.infer<typeof VariantSchema>, "request"> & { request: RequestBody };
export type PresetVariant = Variant;
export type Preset = Omit<z.infer<typeof PresetSchema>, "request" | "variants" | "results"> & {
  request: RequestBody;
  variants?: Variant[];
  results?: SavedResults;
};

/** What a preset keeps of a comparison, besides variant 1 (its request and betas). */
export type PresetComparison = Pick<
  Preset,
  "variantName" | "variants" | "sameMessages" | "variables" | "testCases" | "repeats" | "results"
>;

/** Builds a preset of the current version from the editor's state. A single request leaves every comparison field
 * out: its preset reads as before, but for its version. */
export function makePreset(
  input: {
    name: string;
    description?: string;
    request: RequestBody;
    betas?: readonly string[];
    panel?: Preset["panel"];
  } & PresetComparison,
): Preset {
  const preset: Preset = { version: PRESET_VERSION, name: input.name.trim(), request: input.request };
  if (input.description?.trim()) preset.description = input.description.trim();
  if (input.betas?.length) preset.betas = [...input.betas];
  if (input.panel && Object.keys(input.panel).length) preset.panel = input.panel;
  if (input.variantName?.trim()) preset.variantName = input.variantName.trim();
  if (input.variants?.length) {
    preset.variants = input.variants.map(({ name, request, betas }) => ({
      name: name.trim(),
      request,
      ...(betas?.length ? { betas: [...betas] } : {}),
    }));
    if (input.sameMessages === false) preset.sameMessages = false;
  }
  if (input.variables && Object.keys(input.variables).length) preset.variables = { ...input.variables };
  if (input.testCases?.length) preset.testCases = input.testCases.map((values) => ({ ...values }));
  if (input.repeats && input.repeats > 1) preset.repeats = input.repeats;
  if (input.results) preset.results = input.results;
  return preset;
}

/** True when the value nests deeper than `limit` (walked iteratively: safe on hostile input). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (!item || typeof item !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) if (child && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}
