// `npm test`: typecheck, format and lint, unit tests, then browser tests against the production server in Chromium.
// Postgres and Redis are started once for the whole run (test-engines.mjs) and stopped at its end.
import { spawnSync } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { findBrowser } from "./find-browser.mjs";
import { startEngines } from "./test-engines.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const e2eOnly = process.argv.includes("--e2e-only");
const extra = process.argv.slice(2).filter((arg) => arg !== "--e2e-only");

let engines;
async function exit(code) {
  await engines?.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void exit(1));

async function step(title, command, args, env = {}) {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed`);
    await exit(result.status ?? 1);
  }
}

const node = process.execPath;
if (!e2eOnly) {
  await step("typecheck", node, ["node_modules/typescript/bin/tsc", "--noEmit"]);
  // Formatting and lint rules (biome.json): `npm run format` rewrites what the check refuses.
  await step("format and lint", node, ["node_modules/@biomejs/biome/bin/biome", "check", "."]);
  // No two files and no two folders import each other (`npm run cycles` names the imports that make one).
  await step("import cycles", node, ["scripts/import-cycles.mjs"]);
  // Server tests (lib/server/**/*.server.test.ts) run the production build through scripts/server.mjs.
  console.log("\n━━ production build");
  buildIfNeeded();
  console.log("\n━━ Postgres and Redis for the storage, rate-limit and multi-instance tests");
  try {
    engines = await startEngines();
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  console.log(`› postgres ${engines.databaseUrl ?? "(none)"}, redis ${engines.redisUrl ?? "(none)"}`);
  await step("unit tests", node, ["node_modules/vitest/vitest.mjs", "run"], {
    PLAYGROUND_TEST_DATABASE_URL: engines.databaseUrl ?? "",
    PLAYGROUND_TEST_REDIS_URL: engines.redisUrl ?? "",
  });
  await engines.stop();
  engines = undefined;
}

console.log("\n━━ browser");
let browser;
try {
  browser = await findBrowser();
} catch (error) {
  console.error(`✗ ${error.message}`);
  await exit(1);
}
console.log(`› using ${browser}`);

console.log("\n━━ production build");
buildIfNeeded();

await step("browser tests", node, ["node_modules/@playwright/test/cli.js", "test", ...extra], {
  CHROMIUM_PATH: browser,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
});
