// npm run bench:compare — compare mode under load, in Chromium through the production server (the benchmarks' build).
//  1. Four variants, each streaming an 8,192-token reply as fast as a local upstream can send it, against a floor page
//     that appends the same four texts (app/bench/compare-floor): time from the last byte of the four to the final
//     render, and the longest main-thread task. Targets: within 1.5× of the floor; no task over 50 ms in the median run.
//  2. A grid of 20 test cases × 4 variants on the instant simulator (80 calls, concurrency 4), against a bare script
//     that makes the same 80 calls at the same concurrency (in node, and in a page of the same browser and viewport
//     while the same keys are typed into it): time from Run to the grid's last cell, the longest task, and the
//     slowest input event while someone types during the run. Targets: within 1.5× of the script; no task over
//     100 ms. Also the CPU each process spent per run (the server, Chromium's renderer, its compositing GPU process…).
// BENCH_RUNS (5) runs of each page for part 1, BENCH_GRID_RUNS (3) for part 2, each with a 90% interval of its ratio
// from 8 runs; BENCH_PART=1 or 2 runs one part.
import { chromium, type Browser, type ElementHandle, type Locator, type Page, type Request } from "playwright-core";
import { startAppServer } from "../lib/testing/app-server";
// @ts-expect-error plain .mjs helpers without type declarations
import { buildIfNeeded } from "./build-if-needed.mjs";
// @ts-expect-error plain .mjs helpers without type declarations
import { findBrowser } from "./find-browser.mjs";
import { replaySseInChunks, startFakeUpstream } from "../lib/testing/fake-upstream";
import { textStream } from "../lib/stream/synthetic-stream";
import { benchReply } from "./bench-reply";
import { bootstrapInterval, median, medianRatio } from "./bench-stats";
import { cpuSince, cpuSnapshot } from "./process-cpu";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GRID_RUNS = Number(process.env.BENCH_GRID_RUNS ?? 3);
const TOKENS = 8_192;
const VARIANTS = 4;
const CASES = 20;
const CONCURRENCY = 4;
/** As bench:stream: the upstream writes in 16 KB chunks, as a fast stream reaches a server over a network. */
const UPSTREAM_CHUNK = 16_384;
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

// In-page scripts are plain strings: tsx would otherwise add helpers (__name) that do not exist in the page.
const PROBE = `(() => {
  window.__paintedPromise = new Promise((resolve) => (window.__paintedNow = () => resolve(window.__painted = performance.now())));
  const longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: "longtask" });
  const events = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => events.push(e.duration))).observe({ type: "event", durationThreshold: 16 });
  window.__probe = { longTasks, events };
})()`;

// The app's final render: every column's stop reason shown, no Markdown waiting for conversion, no code on screen
// waiting for its highlighting.
const FINAL_COLUMNS = (count: number) => `new MutationObserver(() => {
  if (window.__finalDom) return;
  if (document.querySelectorAll('[data-testid="stop-reason"]').length === ${count} && !document.querySelector("[data-markdown-pending], [data-highlighting]")) {
    window.__finalDom = performance.now();
    requestAnimationFrame(() => setTimeout(() => window.__paintedNow()));
  }
}).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-highlighting", "data-markdown-pending"] })`;

const COLLECT = `({
  painted: performance.timeOrigin + window.__painted,
  longest: Math.max(0, ...window.__probe.longTasks),
  slowestEvent: Math.max(0, ...window.__probe.events),
})`;

const isCall = (r: Request) => r.method() === "POST" && new URL(r.url()).pathname === "/api/v1/messages";

/** The Messages calls the page makes, finished: the latest last byte among them (wall clock). */
function lastBytes(page: Page, count: number): Promise<number> {
  return new Promise((resolve) => {
    const ends: number[] = [];
    page.on("requestfinished", (r) => {
      if (!isCall(r)) return;
      const t = r.timing();
      ends.push(t.startTime + t.responseEnd);
      if (ends.length === count) resolve(Math.max(...ends));
    });
  });
}

/** A draft of version 2 (lib/store/draft.ts) put in localStorage before the page loads: the comparison to run. */
function seedDraft(draft: object): string {
  return `localStorage.setItem("playground:draft", ${JSON.stringify(JSON.stringify({ state: draft, version: 2 }))})`;
}

const variant = (i: number, content: string) => ({
  id: `variant-${i + 1}`,
  name: "",
  request: {
    model: "claude-opus-4-6",
    max_tokens: TOKENS,
    system: `Variant ${i + 1}`,
    messages: [{ role: "user", content }],
    stream: true,
  },
  betas: [],
});

interface Figures {
  lastByteToRenderMs: number;
  longestTaskMs: number;
  slowestEventMs?: number;
  /** CPU ms per kind of process from the click (or the floor's start) to the final render. */
  cpu: Record<string, number>;
}

async function streamingFloor(browser: Browser, url: string): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(`${url}/bench/compare-floor`);
  await page.waitForSelector("html[data-floor-ready]");
  await page.evaluate(PROBE);
  const last = lastBytes(page, VARIANTS);
  const bodies = Array.from({ length: VARIANTS }, (_, i) => JSON.stringify(variant(i, "bench").request));
  const before = cpuSnapshot();
  await page.evaluate(`void window.runCompareFloor(${JSON.stringify(bodies)})`);
  await page.evaluate("window.__paintedPromise");
  const cpu = cpuSince(before);
  const lastByte = await last;
  const page_ = (await page.evaluate(COLLECT)) as { painted: number; longest: number };
  await context.close();
  return { lastByteToRenderMs: page_.painted - lastByte, longestTaskMs: page_.longest, cpu };
}

async function streamingApp(browser: Browser, url: string): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(
    seedDraft({ variants: Array.from({ length: VARIANTS }, (_, i) => variant(i, "bench")), selectedVariant: 0 }),
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("region", { name: "Request JSON" }).locator(".monaco-editor").waitFor({ timeout: 60_000 });
  await page.getByRole("region", { name: `Variant ${VARIANTS}` }).waitFor();
  await page.waitForTimeout(1500); // Monaco and the lazy Markdown chunk finish loading: not measured
  await page.evaluate(PROBE);
  await page.evaluate(FINAL_COLUMNS(VARIANTS));
  const last = lastBytes(page, VARIANTS);
  const before = cpuSnapshot();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.evaluate("window.__paintedPromise");
  const cpu = cpuSince(before);
  const lastByte = await last;
  const page_ = (await page.evaluate(COLLECT)) as { painted: number; longest: number };
  for (let i = 1; i <= VARIANTS; i++) {
    const length = await page
      .getByRole("region", { name: `Variant ${i}` })
      .getByTestId("text-block")
      .evaluate((el) => el.textContent!.length);
    if (length < 25_000) throw new Error(`variant ${i} rendered only ${length} characters`);
  }
  await context.close();
  return { lastByteToRenderMs: page_.painted - lastByte, longestTaskMs: page_.longest, cpu };
}

/** The grid's 80 request bodies, as the page fills them in. */
const gridBodies = () =>
  Array.from({ length: CASES }, (_, c) =>
    Array.from({ length: VARIANTS }, (_, v) => {
      const { request } = variant(v, `Tell me about topic ${c + 1}.`);
      return JSON.stringify({ ...request, max_tokens: 256 });
    }),
  ).flat();

/** The grid's viewport, for the playground and for the bare script's page alike (software compositing costs by area). */
const GRID_VIEWPORT = { width: 1440, height: 900 };

/** Someone writes while the grid fills (the playground's page times each key's event: Event Timing). Typed on both
 * sides of the comparison, since a bare textarea typed into costs a page as much wall time as the System prompt does:
 * the browser's and the driver's own work per key (docs/performance.md). BENCH_TYPING=0 leaves both pages alone.
 * The field is found before the run (`findField`): the driver's lookup by role and name walks the whole page on its
 * main thread (the grid's cells included), which is the driver's work, not the page's. */
async function findField(field: Locator): Promise<ElementHandle> {
  const handle = await field.elementHandle();
  if (!handle) throw new Error("no field to type into");
  return handle;
}

function typeDuringRun(page: Page, field: ElementHandle): Promise<void> {
  if (process.env.BENCH_TYPING === "0") return Promise.resolve();
  return field.click().then(() => page.keyboard.type(" and keep it short", { delay: 40 }).catch(() => {}));
}

/** The same bare script in a page of the same browser (the floor page's origin): the browser's own network stack on
 * the same cores, without the app; typed into as the playground is. */
async function gridScriptInPage(browser: Browser, url: string): Promise<{ ms: number; cpu: Record<string, number> }> {
  const context = await browser.newContext({ viewport: GRID_VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${url}/bench/compare-floor`);
  await page.waitForSelector("html[data-floor-ready]");
  const notes = await findField(page.getByRole("textbox", { name: "Notes" }));
  const before = cpuSnapshot();
  const run = page.evaluate(`(async (bodies, concurrency) => {
    const queue = [...bodies];
    const started = performance.now();
    const worker = async () => {
      for (let body = queue.shift(); body; body = queue.shift()) {
        const response = await fetch("/api/v1/messages", { method: "POST", headers: { "content-type": "application/json" }, body });
        if (!(await response.text()).includes("message_stop")) throw new Error("a call did not finish");
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return performance.now() - started;
  })(${JSON.stringify(gridBodies())}, ${CONCURRENCY})`) as Promise<number>;
  const typing = typeDuringRun(page, notes);
  const ms = await run;
  const cpu = cpuSince(before);
  await typing;
  await context.close();
  return { ms, cpu };
}

/** The floor of part 2: the same 80 calls from a bare script, at the same concurrency, each read to its end. */
async function gridScript(url: string): Promise<number> {
  const queue = gridBodies();
  const started = performance.now();
  const worker = async () => {
    for (let body = queue.shift(); body; body = queue.shift()) {
      const response = await fetch(`${url}/api/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      if (!(await response.text()).includes("message_stop")) throw new Error("a call did not finish");
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return performance.now() - started;
}

async function gridApp(browser: Browser, url: string): Promise<{ ms: number } & Omit<Figures, "lastByteToRenderMs">> {
  const context = await browser.newContext({ viewport: GRID_VIEWPORT });
  await context.addInitScript(
    seedDraft({
      variants: Array.from({ length: VARIANTS }, (_, i) => {
        const v = variant(i, "Tell me about {{topic}}.");
        return { ...v, request: { ...v.request, max_tokens: 256 } };
      }),
      selectedVariant: 0,
      testCases: Array.from({ length: CASES }, (_, c) => ({ id: `case-${c}`, values: { topic: `topic ${c + 1}` } })),
      concurrency: CONCURRENCY,
      repeats: 1,
    }),
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("region", { name: "Request JSON" }).locator(".monaco-editor").waitFor({ timeout: 60_000 });
  await page
    .getByRole("region", { name: "Test cases" })
    .getByRole("textbox", { name: `topic, test case ${CASES}` })
    .waitFor();
  await page.waitForTimeout(1500);
  await page.evaluate(PROBE);
  // Run's click and the grid's last cell, timed in the page.
  await page.evaluate(`(() => {
    const run = [...document.querySelectorAll("button")].find((b) => b.textContent === "Run");
    run.addEventListener("click", () => (window.__clickAt = performance.now()), { capture: true, once: true });
    new MutationObserver(() => {
      const figures = document.querySelector('[data-testid="runs-figures"]');
      if (!window.__gridDone && figures && figures.textContent.includes("${CASES * VARIANTS} / ${CASES * VARIANTS}") && figures.textContent.includes("done")) {
        window.__gridDone = performance.now();
        window.__paintedNow();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  const prompt = await findField(page.getByRole("textbox", { name: "System prompt" }));
  const before = cpuSnapshot();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  // Someone writes the next prompt while the grid fills.
  const typing = typeDuringRun(page, prompt);
  await page.evaluate("window.__paintedPromise");
  const cpu = cpuSince(before);
  await typing;
  const figures = (await page.evaluate(
    `({ ms: window.__gridDone - window.__clickAt, longest: Math.max(0, ...window.__probe.longTasks), slowestEvent: Math.max(0, ...window.__probe.events) })`,
  )) as { ms: number; longest: number; slowestEvent: number };
  const failed = await page
    .getByRole("region", { name: "Results" })
    .getByText(/_error:/)
    .count();
  if (failed) throw new Error(`${failed} cells of the grid failed`);
  await context.close();
  return { ms: figures.ms, cpu, longestTaskMs: figures.longest, slowestEventMs: figures.slowestEvent };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Where the CPU went, medians per run by kind of process: on two shared cores a page's wall time follows it. */
function printCpu(sides: Record<string, { cpu: Record<string, number> }[]>) {
  const runs = Object.values(sides).flat();
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.cpu)))]
    .filter((kind) => runs.some((r) => (r.cpu[kind] ?? 0) > 0))
    .sort();
  if (!kinds.length) return;
  const cpuOf = (list: { cpu: Record<string, number> }[]) => {
    const row = Object.fromEntries(kinds.map((kind) => [kind, round(median(list.map((r) => r.cpu[kind] ?? 0)))]));
    return { ...row, all: round(median(list.map((r) => Object.values(r.cpu).reduce((a, b) => a + b, 0)))) };
  };
  console.log("CPU ms per run, by process (Linux /proc):");
  console.table(Object.fromEntries(Object.entries(sides).map(([name, list]) => [name, cpuOf(list)])));
}

async function partStreaming(browser: Browser) {
  const sse = textStream(benchReply().slice(0, TOKENS));
  const upstream = await startFakeUpstream((_req, res) => replaySseInChunks(res, sse, UPSTREAM_CHUNK));
  const app = await startAppServer({
    ANTHROPIC_API_KEY: "test-key",
    ANTHROPIC_BASE_URL: upstream.url,
    PLAYGROUND_UPSTREAM: "real",
    PLAYGROUND_BENCH_BUILD: "1",
    PLAYGROUND_RATE_LIMIT: "0",
  });
  try {
    const runs: { app: Figures[]; floor: Figures[] } = { app: [], floor: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.floor.push(await streamingFloor(browser, app.url));
      runs.app.push(await streamingApp(browser, app.url));
    }
    const summary = (list: Figures[]) => ({
      lastByteToRenderMs: round(median(list.map((f) => f.lastByteToRenderMs))),
      longestTaskMs: round(median(list.map((f) => f.longestTaskMs))),
      runsWithTaskOver50: list.filter((f) => f.longestTaskMs > 50).length,
    });
    const app_ = summary(runs.app);
    const floor = summary(runs.floor);
    console.log(
      `\nbench:compare, part 1 — ${VARIANTS} variants × a ${TOKENS.toLocaleString("en-US")}-token reply (${(sse.length / 1e6).toFixed(1)} MB of SSE each), median of ${RUNS} runs`,
    );
    console.table({ playground: app_, floor });
    const ratio = app_.lastByteToRenderMs / Math.max(floor.lastByteToRenderMs, 1);
    // As bench:stream: resampling a handful of runs says little; from 8 runs, a 90% interval of the ratio.
    const [low, high] = bootstrapInterval(
      runs.app.map((f) => f.lastByteToRenderMs),
      runs.floor.map((f) => f.lastByteToRenderMs),
      medianRatio,
    );
    const interval =
      RUNS >= 8 ? `90% bootstrap interval ${low.toFixed(2)}–${high.toFixed(2)}×` : "BENCH_RUNS=10 gives an interval";
    printCpu({ playground: runs.app, floor: runs.floor });
    console.log(
      `last byte → final render: ${ratio.toFixed(2)}× the floor (${interval}; target ≤ 1.5×); longest task of the median run ${app_.longestTaskMs} ms (target ≤ 50 ms; floor ${floor.longestTaskMs} ms)`,
    );
    console.log(JSON.stringify(runs));
  } finally {
    await app.stop();
    await upstream.close();
  }
}

async function partGrid(browser: Browser) {
  const app = await startAppServer({
    PLAYGROUND_UPSTREAM: "simulator",
    SIMULATOR_PACING: "instant",
    PLAYGROUND_BENCH_BUILD: "1",
    PLAYGROUND_RATE_LIMIT: "0",
  });
  try {
    await gridScript(app.url); // the simulator's code warms up on the server: not measured
    const script: number[] = [];
    const inPage: Awaited<ReturnType<typeof gridScriptInPage>>[] = [];
    const page: Awaited<ReturnType<typeof gridApp>>[] = [];
    for (let i = 0; i < GRID_RUNS; i++) {
      script.push(await gridScript(app.url));
      inPage.push(await gridScriptInPage(browser, app.url));
      page.push(await gridApp(browser, app.url));
    }
    const pageMs = median(page.map((p) => p.ms));
    const scriptMs = median(script);
    console.log(
      `\nbench:compare, part 2 — a ${CASES} × ${VARIANTS} grid (${CASES * VARIANTS} calls, concurrency ${CONCURRENCY}) on the instant simulator, median of ${GRID_RUNS} runs`,
    );
    console.table({
      playground: {
        ms: round(pageMs),
        longestTaskMs: round(median(page.map((p) => p.longestTaskMs))),
        slowestInputEventMs: round(median(page.map((p) => p.slowestEventMs ?? 0))),
      },
      "bare script (node)": { ms: round(scriptMs) },
      "bare script (in a page)": { ms: round(median(inPage.map((r) => r.ms))) },
    });
    printCpu({ playground: page, "bare script (in a page)": inPage });
    const [low, high] = bootstrapInterval(
      page.map((p) => p.ms),
      inPage.map((r) => r.ms),
      medianRatio,
    );
    const interval =
      GRID_RUNS >= 8
        ? `90% bootstrap interval ${low.toFixed(2)}–${high.toFixed(2)}×`
        : "BENCH_GRID_RUNS=9 gives an interval";
    console.log(
      `Run → the grid's last cell: ${(pageMs / scriptMs).toFixed(2)}× the bare script in node, ${(pageMs / median(inPage.map((r) => r.ms))).toFixed(2)}× the same script in a page of the same browser (${interval}; target ≤ 1.5×); longest task ${round(Math.max(...page.map((p) => p.longestTaskMs)))} ms over all runs (target ≤ 100 ms)`,
    );
    console.log(JSON.stringify({ page, script, inPage }));
  } finally {
    await app.stop();
  }
}

async function main() {
  buildIfNeeded({ bench: true });
  const browser = await chromium.launch({
    executablePath: await findBrowser(),
    args: CHROMIUM_ARGS,
  });
  try {
    if (process.env.BENCH_PART !== "2") await partStreaming(browser);
    if (process.env.BENCH_PART !== "1") await partGrid(browser);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
