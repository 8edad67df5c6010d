// The production server, which `npm start` and the image run: Next.js's own request handler behind a
// node:http server of ours, for what `next start` cannot do.
// - Who the client is: App Router routes never see the socket, and Next.js fills in `x-forwarded-for`
//   only when the client sent none, so a client could name itself. Each request runs with the socket's
//   address and the header as received (lib/server/runtime.ts), for lib/server/client-address.ts.
// - Drain: on SIGTERM or SIGINT, /api/ready answers 503 at once; after PLAYGROUND_SHUTDOWN_DELAY_MS (for a
//   load balancer that polls readiness) the server stops taking connections and new calls, lets the
//   calls in flight (streams) finish for up to PLAYGROUND_SHUTDOWN_GRACE_MS, closes the database pool and
//   Redis, and exits. Next.js's own handling exits at once, cutting streams.
// It runs in this checkout (after `next build`) and, copied beside it, in .next/standalone (the image).
import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const dir = process.cwd();

// The configuration the build recorded, as Next.js's generated standalone server.js uses it: the standalone
// folder has no next.config.js, and in a checkout it is the configuration this build was made with.
const recorded = join(
  dir,
  process.env.PLAYGROUND_BENCH_BUILD === "1" ? ".next-bench" : ".next",
  "required-server-files.json",
);
if (existsSync(recorded))
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(recorded, "utf8")).config);

const count = (name, fallback) => {
  const n = Number(process.env[name]);
  return process.env[name] !== undefined && process.env[name] !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
};
const port = count("PORT", 3000);
const hostname = process.env.HOSTNAME || undefined; // unset: every interface, as `next start`
const shutdownDelayMs = count("PLAYGROUND_SHUTDOWN_DELAY_MS", 0);
const shutdownGraceMs = count("PLAYGROUND_SHUTDOWN_GRACE_MS", 60_000);
const keepAliveTimeoutMs = count("KEEP_ALIVE_TIMEOUT", 0);

const json =
  process.env.PLAYGROUND_LOG_FORMAT === "json" ||
  (process.env.PLAYGROUND_LOG_FORMAT !== "pretty" && !process.stdout.isTTY);
function log(level, msg, fields = {}) {
  if (json) process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
  else console.log(`› ${msg}${Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : ""}`);
}

// Shared with the app's bundled code (lib/server/runtime.ts reads it under the same symbol).
const runtime = { draining: false, requestContext: new AsyncLocalStorage(), shutdownHooks: new Set() };
globalThis[Symbol.for("messages-playground.server-runtime")] = runtime;

const { default: next } = await import("next");
const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

let active = 0;
let closing = false; // past the delay: no new calls
let onIdle;
const PROBES = /^\/api\/(health|ready)(\?|$)/;

const server = http.createServer((req, res) => {
  if (closing && !PROBES.test(req.url ?? "")) {
    // A call on a connection kept alive from before: refused, so a load balancer or the SDK retries
    // elsewhere.
    res.writeHead(503, { "content-type": "application/json", connection: "close", "retry-after": "1" });
    res.end(
      JSON.stringify({
        type: "error",
        error: { type: "api_error", message: "This instance is shutting down: try again (another will answer)." },
      }),
    );
    return;
  }
  active++;
  res.once("close", () => {
    active--;
    if (closing) {
      server.closeIdleConnections();
      if (active === 0) onIdle?.();
    }
  });
  const facts = { socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"] };
  runtime.requestContext.run(facts, () => handle(req, res));
});
if (keepAliveTimeoutMs > 0) server.keepAliveTimeout = keepAliveTimeoutMs;

await new Promise((resolve, reject) => {
  server.once("error", reject);
  server.listen(port, hostname, resolve);
});
log("info", `ready on http://${hostname ?? "localhost"}:${port}`, { port });

async function shutdown(signal) {
  if (runtime.draining) return;
  runtime.draining = true;
  log("info", `${signal}: draining (readiness 503)`, { signal, inFlight: active, delayMs: shutdownDelayMs });
  if (shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, shutdownDelayMs));
  closing = true;
  server.close();
  server.closeIdleConnections();
  const started = Date.now();
  if (active > 0) {
    const idle = new Promise((resolve) => (onIdle = resolve));
    const grace = new Promise((resolve) => setTimeout(resolve, shutdownGraceMs).unref());
    await Promise.race([idle, grace]);
  }
  if (active > 0) log("warn", `grace period over: closing ${active} call(s) still open`, { inFlight: active });
  server.closeAllConnections();
  await Promise.race([
    Promise.allSettled([...runtime.shutdownHooks].map((hook) => hook())),
    new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
  ]);
  log("info", "drained: exiting", { waitedMs: Date.now() - started });
  process.exit(0);
}

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    if (runtime.draining && signal === "SIGINT") process.exit(130); // a second Ctrl+C: now
    void shutdown(signal);
  });
}
