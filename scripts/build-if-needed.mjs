// Builds the production app unless .next already holds a build of exactly these sources.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = [
  "next.config.js",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const STAMP = join(".next", "source-fingerprint");

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (!/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

export function sourceFingerprint() {
  const hash = createHash("sha256");
  for (const path of [...SOURCE_FILES, ...SOURCE_DIRS.flatMap((d) => [...walk(d)])]) {
    if (!existsSync(path) || !statSync(path).isFile()) continue;
    hash.update(path).update("\0").update(readFileSync(path)).update("\0");
  }
  return hash.digest("hex");
}

export function buildIfNeeded({ force = false } = {}) {
  const fingerprint = sourceFingerprint();
  const built =
    existsSync(join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
  if (built && !force) {
    console.log("› production build is up to date");
    return;
  }
  console.log("› building the production app (next build)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, fingerprint);
}
