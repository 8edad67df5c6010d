// Export and import of preset files. An export is one JSON document listing presets; an import
// accepts that, a bare preset or an array of presets, and is all-or-nothing: one bad preset and
// nothing is imported, with a message naming the entry at fault.
import { parsePreset } from "./migrate";
import { fail, ok, type Result } from "./result";
import type { Preset } from "./schema";
import { findSecret, secretMessage } from "./secrets";

export const FILE_FORMAT = "messages-playground-presets";
export const FILE_VERSION = 1;
/** Presets with a 200K-token prompt or images are large; anything past this is not a preset file. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_PRESETS = 10_000;

export interface PresetFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  exportedAt: string;
  presets: Preset[];
}

export function exportPresets(presets: Preset[], now = new Date()): Result<string> {
  for (const preset of presets) {
    const secret = findSecret(preset);
    if (secret) return fail("contains_secret", `“${preset.name}”: ${secretMessage(secret)}`);
  }
  const file: PresetFile = { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now.toISOString(), presets };
  return ok(JSON.stringify(file, null, 2));
}

/** A file name safe on every OS: `preset-my-name.json` or `presets-2026-11-25.json`. */
export function exportFileName(presets: Preset[], now = new Date()): string {
  if (presets.length === 1) {
    const slug = presets[0].name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60);
    return `preset-${slug || "untitled"}.json`;
  }
  return `presets-${now.toISOString().slice(0, 10)}.json`;
}

export function parsePresetFile(text: unknown): Result<Preset[]> {
  try {
    if (typeof text !== "string" || text.trim() === "") return fail("empty", "The file is empty.");
    if (text.length > MAX_IMPORT_BYTES)
      return fail("too_large", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fail("not_json", `The file is not valid JSON (${(error as Error).message}); nothing was imported.`);
    }
    let entries: unknown[];
    if (Array.isArray(json)) entries = json;
    else if (json && typeof json === "object" && "presets" in json) {
      const file = json as { format?: unknown; version?: unknown; presets: unknown };
      if (file.format !== FILE_FORMAT)
        return fail("wrong_schema", "The file is not a presets export of this playground; nothing was imported.");
      if (typeof file.version === "number" && file.version > FILE_VERSION) {
        return fail(
          "future_version",
          `The file was exported by a newer version of the playground (file version ${file.version}); nothing was imported.`,
        );
      }
      if (!Array.isArray(file.presets))
        return fail("wrong_schema", "The file's presets are not a list; nothing was imported.");
      entries = file.presets;
    } else entries = [json];
    if (entries.length === 0) return fail("empty", "The file holds no presets.");
    if (entries.length > MAX_IMPORT_PRESETS)
      return fail("too_large", `The file holds more than ${MAX_IMPORT_PRESETS} presets; nothing was imported.`);
    const presets: Preset[] = [];
    for (const [index, entry] of entries.entries()) {
      const parsed = parsePreset(entry);
      if (!parsed.ok) {
        // A file of one preset needs no "which": the message already says "the preset" or "this is not a preset".
        const label = entries.length > 1 ? `Preset ${index + 1}: ` : "";
        return fail(parsed.error.code, `${label}${parsed.error.message} Nothing was imported.`);
      }
      presets.push(parsed.value);
    }
    return ok(presets);
  } catch (error) {
    return fail("wrong_schema", `The file could not be read: ${(error as Error).message}; nothing was imported.`);
  }
}
