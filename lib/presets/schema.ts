// The preset: a named, versioned snapshot of a request and of the panel options that matter.
// Never a key or an access token: the top level is strict (no room for an `apiKey` field) and
// `findSecret` refuses key-like strings anywhere inside.
import { z } from "zod";
import { MessageRequestSchema } from "@/lib/messages/request-schema";
import type { RequestBody } from "@/lib/messages/types";

/** 1: name, description, request, panel. 2: adds `betas`. */
export const PRESET_VERSION = 2;
export const NAME_MAX = 200;
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
});

export type Preset = Omit<z.infer<typeof PresetSchema>, "request"> & { request: RequestBody };

/** Builds a preset of the current version from the editor's state. */
export function makePreset(input: {
  name: string;
  description?: string;
  request: RequestBody;
  betas?: readonly string[];
  panel?: Preset["panel"];
}): Preset {
  const preset: Preset = { version: PRESET_VERSION, name: input.name.trim(), request: input.request };
  if (input.description?.trim()) preset.description = input.description.trim();
  if (input.betas?.length) preset.betas = [...input.betas];
  if (input.panel && Object.keys(input.panel).length) preset.panel = input.panel;
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
