import { defineConfig } from "@playwright/test";
import { LOCAL_HOSTS } from "./e2e/local-hosts";

const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "./e2e",
  // Two workers, each running whole files in order: two keep the machine's two cores busy through the run, and a
  // third made the suite no faster (docs/performance.md, "The browser tests' time"). Specs must not count what others
  // do on the shared server (traffic.spec.ts filters the log to its own calls).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS) || 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // Off: recording a trace (a DOM snapshot at every action, a screencast) made the suite about half as slow again
    // (docs/performance.md, "The browser tests' time"). To keep one of a failing test:
    // `node scripts/test.mjs --e2e-only e2e/x.spec.ts --trace retain-on-failure`.
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // No host but the app's resolves: a test never reaches the network (fixtures.ts fails one that tries).
        `--host-resolver-rules=MAP * ~NOTFOUND, ${LOCAL_HOSTS.map((host) => `EXCLUDE ${host}`).join(", ")}`,
      ],
    },
  },
  webServer: {
    // The production server (built by `npm test` beforehand), on the built-in simulator.
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    port,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ANTHROPIC_API_KEY: "",
      PLAYGROUND_UPSTREAM: "simulator",
      // Fast enough for a quick suite, slow enough that streaming shows in several steps.
      SIMULATOR_PACING: "150,120",
    },
  },
});
