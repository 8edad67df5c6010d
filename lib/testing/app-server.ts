// Starts the built production app (scripts/server.mjs, what `npm start` and the image run: Next.js's handler
// with the client's identity and the drain on SIGTERM) with its own environment, for tests that need a
// configuration other than the default suite's (a real upstream, a server key, an access token).
// Requires a prior `next build` (npm test does it). `cwd` runs another build (the standalone output).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface AppServer {
  url: string;
  process: ChildProcess;
  /** Everything the server printed, for tests that check logs. */
  output: () => string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startAppServer(
  env: Record<string, string>,
  options: { port?: number; cwd?: string; entry?: string } = {},
): Promise<AppServer> {
  // A fixed port when the caller must stay inside its assigned range; else any free one.
  const port = options.port ?? (await freePort());
  let output = "";
  const entry = options.entry ?? "scripts/server.mjs";
  const child = spawn(process.execPath, [entry], {
    cwd: options.cwd,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      ANTHROPIC_API_KEY: "",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      // Bounded: an upstream that never answers must fail the start, not hang it.
      // Liveness, which no rate limit counts: a test's allowance is its own.
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        // A server that never became ready is not left running for the next test to trip over.
        child.kill("SIGTERM");
        throw new Error(`the server did not answer within 30 s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
