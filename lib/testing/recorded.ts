// Real recorded API responses and streams (see recorded/README.md and each .source.txt for origin and
// licence), copied into the repo so tests run on a fresh clone. Never edit them: derive variants in tests.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const RECORDED_DIR = join(__dirname, "recorded");

export function readRecorded(name: string): string {
  return readFileSync(join(RECORDED_DIR, name), "utf8");
}

/** The names of the recorded files with the given ending (e.g. ".sse"). */
export function recordedNames(ending: string): string[] {
  return readdirSync(RECORDED_DIR)
    .filter((name) => name.endsWith(ending))
    .sort();
}
