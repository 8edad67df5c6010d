// The real Postgres and Redis for a test file. `npm test` starts each engine once and names it in
// PLAYGROUND_TEST_DATABASE_URL / PLAYGROUND_TEST_REDIS_URL (scripts/test-engines.mjs); a file run on its
// own starts what it needs itself. Each file gets its own database and its own Redis key prefix. Without
// an engine its tests are skipped, except under CI, where that fails.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startPostgres, startRedis, type Engine } from "@/scripts/test-engines.mjs";

const started: Engine[] = [];

async function engineUrl(variable: string, start: () => Promise<Engine | undefined>, name: string) {
  if (process.env[variable]) return process.env[variable];
  const engine = await start();
  if (engine) {
    started.push(engine);
    process.env[variable] = engine.url;
    return engine.url;
  }
  const message = `${name} is not available: its tests are skipped (set ${variable}, or run as root on Debian).`;
  if (process.env.CI) throw new Error(message);
  console.warn(`⚠ ${message}`);
  return undefined;
}

/** Stops the engines this file started (none when npm test named them). */
export async function stopTestEngines(): Promise<void> {
  await Promise.all(started.splice(0).map((engine) => engine.stop()));
}

export interface TestDatabase {
  url: string;
  /** The server's own URL (the `postgres` database), for what a test does to other databases' sessions. */
  adminUrl: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test Postgres; undefined when there is no Postgres (outside CI). */
export async function freshDatabase(): Promise<TestDatabase | undefined> {
  const adminUrl = await engineUrl("PLAYGROUND_TEST_DATABASE_URL", startPostgres, "Postgres");
  if (!adminUrl) return undefined;
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    adminUrl,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The test Redis and a key prefix no other file uses; undefined when there is no Redis (outside CI). */
export async function testRedis(): Promise<{ url: string; prefix: string } | undefined> {
  const url = await engineUrl("PLAYGROUND_TEST_REDIS_URL", startRedis, "Redis");
  return url ? { url, prefix: `test-${randomBytes(4).toString("hex")}:` } : undefined;
}
