// Builds the production app unless .next already holds a build of exactly these sources.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

// Everything `next build` reads: the App Router (app/), the proxy's API routes (pages/), and what they import.
const SOURCE_DIRS = ["app", "pages", "components", "lib", "public"];
const SOURCE_FILES = [
  "next.config.js",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function* walk(dir, root) {
  if (!existsSync(join(root, dir))) return;
  const entries = readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, root);
    else if (!/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** A hash of every file the production build is made from (tests excluded), relative to `root`. */
export function sourceFingerprint(root = ".") {
  const hash = createHash("sha256");
  for (const path of [...SOURCE_FILES, ...SOURCE_DIRS.flatMap((d) => [...walk(d, root)])]) {
    const file = join(root, path);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(path).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/**
 * Builds the app unless its folder holds a build of exactly these sources: the production build in .next, or with
 * `bench` the benchmarks' own (with their floor page) in .next-bench (next.config.js).
 */
export function buildIfNeeded({ force = false, bench = false } = {}) {
  const distDir = bench ? ".next-bench" : ".next";
  const stamp = join(distDir, "source-fingerprint");
  const fingerprint = sourceFingerprint();
  const built =
    existsSync(join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
  const what = bench ? "the benchmarks' build" : "the production build";
  if (built && !force) {
    console.log(`› ${what} is up to date`);
    return;
  }
  console.log(`› building ${what} (next build)…`);
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PLAYGROUND_BENCH_BUILD: bench ? "1" : "" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, fingerprint);
}
