// Finds a Chromium for the browser tests and the benchmarks (the order is findBrowser's, below), or stops with what to do.
//
// The headless shell is the browser Playwright itself runs headless tests in: Blink and V8 as in Chromium, without the
// browser's own interface. Chromium run headless still builds that interface for every new page (its toolbar, its
// omnibox's web UI in a renderer of its own): on this project's machine, Chromium 156 spent about 500 ms of CPU for
// each new context where the headless shell spent about 100 ms, and every browser test and benchmark load opens one.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const SYSTEM_CANDIDATES = [
  HEADLESS_SHELL,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

async function playwrightOwn() {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function systemChromium() {
  return SYSTEM_CANDIDATES.find((path) => existsSync(path));
}

function installWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log("› installing Debian's chromium-headless-shell with apt-get (one time)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return false;
  return (
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium-headless-shell"], { stdio: "inherit", env }).status === 0
  );
}

/**
 * CHROMIUM_PATH if set; else Playwright's own browser; else Debian's headless shell, installed when missing where
 * apt-get can (a machine that has only the full Chromium gets it too); else any system Chromium.
 */
export async function findBrowser({ install = true } = {}) {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const own = await playwrightOwn();
  if (own) return own;
  if (!existsSync(HEADLESS_SHELL) && install) installWithApt();
  const found = systemChromium();
  if (found) return found;
  throw new Error(
    "No Chromium browser was found for the browser tests.\n" +
      "  • On Debian: sudo apt-get install -y chromium-headless-shell (or chromium)\n" +
      "  • Or: npx playwright install chromium (where downloads are allowed)\n" +
      "  • Or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}
