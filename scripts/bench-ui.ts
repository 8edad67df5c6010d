// `npm run bench:ui`: on a cold production load in Chromium, how long until Run is usable and how much
// compressed JavaScript arrives before that, against a bare Next.js page of the same server (the floor).
// Targets: Run usable within 1.5× of the floor, under 200 KB of compressed JS before it (issue #30); Monaco after.
//
// Env: BENCH_PORT (default: a free port), BENCH_RUNS (default 7), CHROMIUM_PATH (default: found on the machine),
// BENCH_SKIP_BUILD=1 to measure the benchmarks' build already in .next-bench (the production build with the floor page).
import { spawn } from "node:child_process";
import { chromium, type Browser } from "@playwright/test";
import { freePort } from "../lib/testing/app-server";
// @ts-expect-error plain .mjs helpers without type declarations
import { buildIfNeeded } from "./build-if-needed.mjs";
// @ts-expect-error plain .mjs helpers without type declarations
import { findBrowser } from "./find-browser.mjs";

interface Sample {
  usableMs: number;
  jsBeforeBytes: number;
  jsBeforeFiles: number;
  editorMs?: number;
  jsTotalBytes?: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function startServer(port: number) {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      ANTHROPIC_API_KEY: "",
      PLAYGROUND_UPSTREAM: "simulator",
      PLAYGROUND_BENCH_BUILD: "1",
    },
    stdio: "ignore",
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/bench/floor`)).ok) return { url, stop: () => child.kill("SIGTERM") };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error("next start did not answer within 30 s");
}

/** One cold load: a new context (empty cache, no draft), measured by the page's own performance entries. */
async function measure(browser: Browser, url: string, withEditor: boolean): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === "localhost" ? route.continue() : route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  // Polled by timer, not rAF: the page is busy hydrating, and a context mid-navigation is retried.
  await page.waitForFunction(() => performance.getEntriesByName("run-usable").length > 0, null, {
    timeout: 60_000,
    polling: 50,
  });
  if (withEditor) await page.locator('[aria-label="Request JSON"] .monaco-editor').waitFor({ timeout: 60_000 });
  const sample = await page.evaluate((withEditor) => {
    const usable = performance.getEntriesByName("run-usable")[0].startTime;
    const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
      (entry) => entry.initiatorType === "script" || /\.m?js(\?|$)/.test(entry.name),
    );
    const before = scripts.filter((entry) => entry.responseEnd <= usable);
    const result: Sample = {
      usableMs: usable,
      jsBeforeBytes: before.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      jsBeforeFiles: before.length,
    };
    if (withEditor) {
      result.editorMs = performance.now();
      result.jsTotalBytes = scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0);
    }
    return result;
  }, withEditor);
  await context.close();
  return sample;
}

/** A load that fails for the machine's sake (a timeout under load) is tried once more, and says so. */
async function retry<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    console.warn(`  (one load failed and was retried: ${(error as Error).message.split("\n")[0]})`);
    return run();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) buildIfNeeded({ bench: true });
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const server = await startServer(port);
  const browser = await chromium.launch({
    executablePath: await findBrowser(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  try {
    // One warm-up of each so the server's first-request costs are not counted.
    await measure(browser, `${server.url}/bench/floor`, false);
    await measure(browser, `${server.url}/`, true);
    const floor: Sample[] = [];
    const app: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await retry(() => measure(browser, `${server.url}/bench/floor`, false)));
      app.push(await retry(() => measure(browser, `${server.url}/`, true)));
    }
    const floorMs = median(floor.map((s) => s.usableMs));
    const appMs = median(app.map((s) => s.usableMs));
    const appJs = median(app.map((s) => s.jsBeforeBytes));
    const ratio = appMs / floorMs;
    const editorAfter = app.every((s) => (s.editorMs ?? 0) > s.usableMs);
    console.log(`bench:ui — ${RUNS} cold loads each (median), Chromium, next start, simulator`);
    console.log(
      `  floor  /bench/floor  Run usable ${floorMs.toFixed(0)} ms   JS before ${kb(median(floor.map((s) => s.jsBeforeBytes)))} (${median(floor.map((s) => s.jsBeforeFiles))} files)`,
    );
    console.log(
      `  app    /             Run usable ${appMs.toFixed(0)} ms   JS before ${kb(appJs)} (${median(app.map((s) => s.jsBeforeFiles))} files)`,
    );
    console.log(
      `  app    Monaco visible at ${median(app.map((s) => s.editorMs ?? 0)).toFixed(0)} ms; all JS by then ${kb(median(app.map((s) => s.jsTotalBytes ?? 0)))}`,
    );
    console.log(`  ratio app/floor ${ratio.toFixed(2)}× (target ≤ 1.5×): ${ratio <= 1.5 ? "ok" : "MISSED"}`);
    console.log(`  JS before Run ${kb(appJs)} (target < 200 KB): ${appJs < 200 * 1024 ? "ok" : "MISSED"}`);
    console.log(`  Monaco after Run usable in every run: ${editorAfter ? "ok" : "MISSED"}`);
    console.log(
      `  samples app ms: ${app.map((s) => s.usableMs.toFixed(0)).join(", ")}; floor ms: ${floor.map((s) => s.usableMs.toFixed(0)).join(", ")}`,
    );
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
