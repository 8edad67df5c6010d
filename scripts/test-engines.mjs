// The real engines for the tests: Postgres and Redis, each started once per run on a free loopback port in
// a temporary folder, and stopped after. Existing servers can be named instead (PLAYGROUND_TEST_DATABASE_URL,
// PLAYGROUND_TEST_REDIS_URL). Missing binaries are installed from Debian's packages when run as root with
// apt, without starting their system services; else the engine tests are skipped with a loud message, or
// fail the run when CI is set.
//
//   node scripts/test-engines.mjs    starts both, prints the variables to export, and runs until Ctrl+C
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The folder of Postgres's server binaries: PG_BIN, else the newest Debian one, else the PATH's. */
export function findPostgresBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(root, versions[0], "bin");
  }
  const found = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  return found ? join(found, "..") : undefined;
}

export function findRedisServer() {
  for (const name of ["redis-server", "valkey-server"]) {
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
    if (found) return found;
  }
  return undefined;
}

/** Installs Debian packages as root without starting their services (a policy-rc.d that forbids it). */
export function installWithApt(packages) {
  if (!isRoot || !has("apt-get")) return false;
  console.log(`› installing Debian's ${packages.join(" and ")} with apt-get (one time, services not started)…`);
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) {
    writeFileSync(policy, "#!/bin/sh\nexit 101\n");
    chmodSync(policy, 0o755);
  }
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env }).status !== 0) return false;
    const args = ["install", "-y", "-qq", "--no-install-recommends", ...packages];
    return spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
  } finally {
    if (ownPolicy) unlinkSync(policy);
  }
}

function waitFor(check, what, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = async () => {
      if (child && child.exitCode !== null) return reject(new Error(`${what} exited (${child.exitCode})`));
      if (await check().catch(() => false)) return resolve();
      if (Date.now() > deadline) return reject(new Error(`${what} did not start within ${timeoutMs / 1000} s`));
      setTimeout(attempt, 100);
    };
    void attempt();
  });
}

function stopChild(child, signal) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** Postgres in a temporary folder on a free port; as root it runs as the `postgres` user (it refuses root). */
export async function startPostgres() {
  let bin = findPostgresBin();
  if (!bin && installWithApt(["postgresql"])) bin = findPostgresBin();
  if (!bin) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "playground-pg-"));
  // As root: the server's own user, through setpriv (which execs, so signals reach postgres itself).
  const asPostgres = (command, args) =>
    isRoot
      ? ["setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", command, ...args]]
      : [command, args];
  if (isRoot) spawnSync("chown", ["-R", "postgres:postgres", dir]);
  const [initCommand, initArgs] = asPostgres(join(bin, "initdb"), [
    "-D",
    join(dir, "data"),
    "-U",
    "postgres",
    "-A",
    "trust",
    "--no-sync",
    "-E",
    "UTF8",
    "--locale=C",
  ]);
  const init = spawnSync(initCommand, initArgs, { encoding: "utf8" });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  }
  const port = await freePort();
  // Durability off: a test database is thrown away after the run.
  const settings = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: dir,
    fsync: "off",
    synchronous_commit: "off",
    full_page_writes: "off",
    shared_buffers: "32MB",
    max_connections: "200",
  };
  const [command, args] = asPostgres(join(bin, "postgres"), [
    "-D",
    join(dir, "data"),
    "-p",
    String(port),
    ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
  ]);
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr.on("data", (d) => (log = (log + d).slice(-4000)));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const { default: pg } = await import("pg");
  try {
    await waitFor(
      async () => {
        const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
        await client.connect();
        await client.end();
        return true;
      },
      "postgres",
      child,
    );
  } catch (error) {
    await stopChild(child, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${error.message}\n${log}`);
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      await stopChild(child, "SIGINT"); // fast shutdown
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function redisPing(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    let answer = "";
    socket.setTimeout(1000, () => socket.destroy());
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (d) => {
      answer += d;
      if (answer.includes("\r\n")) socket.end();
    });
    socket.on("close", () => resolve(answer.startsWith("+PONG")));
    socket.on("error", () => resolve(false));
  });
}

/** Redis on a free port, with nothing written to disk. */
export async function startRedis() {
  let server = findRedisServer();
  if (!server && installWithApt(["redis-server"])) server = findRedisServer();
  if (!server) return undefined;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "playground-redis-"));
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir];
  const child = spawn(server, args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (d) => (log = (log + d).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  try {
    await waitFor(() => redisPing(port), "redis-server", child);
  } catch (error) {
    await stopChild(child, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${error.message}\n${log}`);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      await stopChild(child, "SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The engines for a test run: the named ones, else started here. Returns their URLs (undefined for an
 * engine that is neither named nor available outside CI) and a stop for what it started.
 */
export async function startEngines({ ci = Boolean(process.env.CI) } = {}) {
  const started = [];
  const result = {
    databaseUrl: process.env.PLAYGROUND_TEST_DATABASE_URL,
    redisUrl: process.env.PLAYGROUND_TEST_REDIS_URL,
  };
  const stop = () => Promise.all(started.map((engine) => engine.stop()));
  try {
    for (const [key, start, name] of [
      ["databaseUrl", startPostgres, "Postgres"],
      ["redisUrl", startRedis, "Redis"],
    ]) {
      if (result[key]) continue;
      const engine = await start();
      if (engine) {
        started.push(engine);
        result[key] = engine.url;
        continue;
      }
      const message = `${name} was not found and could not be installed (run as root on Debian, or name a server with ${key === "databaseUrl" ? "PLAYGROUND_TEST_DATABASE_URL" : "PLAYGROUND_TEST_REDIS_URL"})`;
      if (ci) throw new Error(message);
      console.warn(`\n⚠ ${message}: its tests are SKIPPED.\n`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...result, stop };
}

// Run directly: start both, print the variables, run until stopped (no top-level await: benchmarks load
// this file through tsx as CommonJS).
async function cli() {
  const engines = await startEngines();
  console.log(`export PLAYGROUND_TEST_DATABASE_URL=${engines.databaseUrl ?? ""}`);
  console.log(`export PLAYGROUND_TEST_REDIS_URL=${engines.redisUrl ?? ""}`);
  const stop = async () => {
    await engines.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  setInterval(() => {}, 1 << 30);
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void cli();
