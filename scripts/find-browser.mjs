// Finds a Chromium for the browser tests: Playwright's own if installed, else the system's,
// else (as root, with apt) installs Debian's `chromium`, else stops with what to do.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const SYSTEM_CANDIDATES = [
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
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return SYSTEM_CANDIDATES.find((path) => existsSync(path));
}

function installWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log("› no Chromium found: installing Debian's chromium with apt-get (one time)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return false;
  return spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env }).status === 0;
}

export async function findBrowser({ install = true } = {}) {
  const found = (await playwrightOwn()) ?? systemChromium();
  if (found) return found;
  if (install && installWithApt()) {
    const installed = systemChromium();
    if (installed) return installed;
  }
  throw new Error(
    "No Chromium browser was found for the browser tests.\n" +
      "  • On Debian/Ubuntu: sudo apt-get install -y chromium\n" +
      "  • Or: npx playwright install chromium (where downloads are allowed)\n" +
      "  • Or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}
