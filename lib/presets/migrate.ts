// Versioned presets: a preset of an older version is migrated step by step to the current one;
// a preset from a newer version of the playground is refused rather than guessed at.
// DESIGN.md's contract only requires `name` and `request`, so a preset without `version` is version 1.
import { fail, ok, type Result } from "./result";
import { MAX_DEPTH, nestsDeeperThan, PRESET_VERSION, PresetSchema, type Preset } from "./schema";
import { findSecret, secretMessage } from "./secrets";

/** `MIGRATIONS[n]` turns a version-n preset into a version-(n+1) one. */
export type Migration = (preset: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Record<number, Migration> = {
  // Version 2 added the optional `betas`: a version-1 preset had none, and means the same without them.
  1: (preset) => preset,
  // Version 3 added a comparison (variants, variables, test cases, repeats, results), every part optional: a version-2
  // preset is one request, and means the same.
  2: (preset) => preset,
};

export function migratePreset(
  raw: Record<string, unknown>,
  migrations: Record<number, Migration> = MIGRATIONS,
  current = PRESET_VERSION,
): Result<Record<string, unknown>> {
  let version = raw.version === undefined ? 1 : raw.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail("wrong_schema", "The preset's version is not a positive whole number.");
  }
  if (version > current) {
    return fail(
      "future_version",
      `This preset was made by a newer version of the playground (preset version ${version}; this one reads up to ${current}). Update the playground to open it.`,
    );
  }
  let preset: Record<string, unknown> = { ...raw, version };
  while (version < current) {
    const step = migrations[version];
    if (!step) return fail("wrong_schema", `No migration from preset version ${version}.`);
    preset = { ...step(preset), version: version + 1 };
    version += 1;
  }
  return ok(preset);
}

/** The one entry point for untrusted preset values (links, files, the share API): never throws. */
export function parsePreset(value: unknown): Result<Preset> {
  try {
    if (!value || typeof value !== "object" || Array.isArray(value))
      return fail("wrong_schema", "This is not a preset: expected a JSON object with a name and a request.");
    if (nestsDeeperThan(value, MAX_DEPTH))
      return fail("wrong_schema", `The preset nests deeper than ${MAX_DEPTH} levels.`);
    const migrated = migratePreset(value as Record<string, unknown>);
    if (!migrated.ok) return migrated;
    const parsed = PresetSchema.safeParse(migrated.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? issue.path.map(String).join(".") : "preset";
      return fail("wrong_schema", `This is not a valid preset: ${where}: ${issue.message}.`);
    }
    const secret = findSecret(parsed.data);
    if (secret) return fail("contains_secret", secretMessage(secret));
    return ok(parsed.data as Preset);
  } catch (error) {
    return fail("wrong_schema", `The preset could not be read: ${(error as Error).message}`);
  }
}
