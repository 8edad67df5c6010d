// Benchmark of the preset paths that carry large payloads and of the team deployment's stores: the fragment
// codec on a preset with a 200K-token system prompt; the share store's writes and reads per second at 50
// concurrent clients on SQLite and on Postgres; and the latency the rate limit adds per call with Redis.
// Run: npm run bench:presets. Postgres and Redis: PLAYGROUND_TEST_DATABASE_URL / PLAYGROUND_TEST_REDIS_URL,
// else started here as the tests start them (scripts/test-engines.mjs); BENCH_CLIENTS (50), BENCH_PUTS (2000).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { canonicalJson } from "@/lib/presets/canonical-json";
import { decodePresetPayload, encodePresetPayload } from "@/lib/presets/link-codec";
import { makePreset, type Preset } from "@/lib/presets/schema";
import { readConfig } from "@/lib/server/config";
import { ShareStore } from "@/lib/server/presets/share-store";
import { takeRequest } from "@/lib/server/rate-limit";
import { redisClient } from "@/lib/server/redis";
import { openDatabase, type Database } from "@/lib/server/storage";
import { startPostgres, startRedis } from "./test-engines.mjs";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const PUTS = Number(process.env.BENCH_PUTS ?? 2000);

async function time<T>(label: string, runs: number, fn: () => Promise<T> | T): Promise<T> {
  let result!: T;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label}: median ${samples[Math.floor(runs / 2)].toFixed(1)} ms, max ${samples.at(-1)!.toFixed(1)} ms (${runs} runs)`,
  );
  return result;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/** Runs `total` operations from `clients` concurrent loops; returns operations per second. */
async function concurrently(total: number, clients: number, op: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) await op(next++);
    }),
  );
  return (total / (performance.now() - start)) * 1000;
}

async function shareStoreRates(label: string, db: Database, presets: Preset[]) {
  const store = new ShareStore(db);
  const ids: string[] = [];
  const writes = await concurrently(presets.length, CLIENTS, async (i) => {
    const put = await store.put(presets[i]);
    if (!put.ok) throw new Error(put.error.message);
    ids.push(put.value.id);
  });
  const reads = await concurrently(ids.length, CLIENTS, async (i) => {
    const got = await store.get(ids[i]);
    if (!got.ok) throw new Error(got.error.message);
  });
  console.log(
    `share store, ${label}: ${writes.toFixed(0)} writes/s, ${reads.toFixed(0)} reads/s (${presets.length} small presets, ${CLIENTS} concurrent clients)`,
  );
}

async function main() {
  let seed = 7;
  const word = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) % 1e6).toString(36);
  const big = makePreset({
    name: "200K-token system prompt",
    request: {
      model: "claude-opus-4-6",
      max_tokens: 1024,
      system: Array.from({ length: 200_000 }, word).join(" "),
      messages: [{ role: "user", content: "Summarise." }],
    },
  });
  const json = canonicalJson(big);
  console.log(`preset: ${(json.length / 1024).toFixed(0)} KiB of canonical JSON`);
  const payload = await time("fragment encode", 5, () => encodePresetPayload(big));
  if (!payload.ok) throw new Error(payload.error.message);
  console.log(
    `fragment: ${(payload.value.length / 1024).toFixed(0)} KiB (${((payload.value.length / json.length) * 100).toFixed(0)}% of the JSON)`,
  );
  await time("fragment decode + validate", 5, () => decodePresetPayload(payload.value));

  const small = Array.from({ length: PUTS }, (_, i) =>
    makePreset({
      name: `bench ${i}`,
      request: {
        model: "claude-opus-4-6",
        max_tokens: 1024,
        messages: [{ role: "user", content: `prompt ${i} ${word()}` }],
      },
    }),
  );

  const dir = mkdtempSync(join(tmpdir(), "bench-presets-"));
  const sqlite = await openDatabase({ file: join(dir, "playground.db") });
  await shareStoreRates("SQLite (one connection, WAL)", sqlite, small);
  await time("share store put (200K-token preset), SQLite", 5, () =>
    new ShareStore(sqlite).put({ ...big, name: `big ${word()}` }),
  );
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });

  const started: { stop(): Promise<void> }[] = [];
  try {
    let adminUrl = process.env.PLAYGROUND_TEST_DATABASE_URL;
    if (!adminUrl) {
      const engine = await startPostgres();
      if (engine) started.push(engine);
      adminUrl = engine?.url;
    }
    if (!adminUrl) console.log("share store, Postgres: skipped (no Postgres: set PLAYGROUND_TEST_DATABASE_URL)");
    else {
      const name = `bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      for (const poolMax of [readConfig({}).databasePoolMax, 20]) {
        const db = await openDatabase({ url: url.href, poolMax });
        await shareStoreRates(`Postgres (a pool of ${poolMax}, loopback)`, db, small);
        if (poolMax === readConfig({}).databasePoolMax)
          await time(`share store put (200K-token preset), Postgres`, 5, () =>
            new ShareStore(db).put({ ...big, name: `big ${word()}` }),
          );
        await db.close();
      }
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }

    let redisUrl = process.env.PLAYGROUND_TEST_REDIS_URL;
    if (!redisUrl) {
      const engine = await startRedis();
      if (engine) started.push(engine);
      redisUrl = engine?.url;
    }
    if (!redisUrl) console.log("rate limit, Redis: skipped (no Redis: set PLAYGROUND_TEST_REDIS_URL)");
    else await rateLimitLatency(redisUrl);
  } finally {
    await Promise.all(started.map((engine) => engine.stop()));
  }
}

/** Latency of one rate-limit decision, in memory and in Redis: what REDIS_URL adds to every API call. */
async function rateLimitLatency(redisUrl: string) {
  const calls = 5_000;
  const prefix = `bench-${process.pid}:`;
  const measure = async (env: Record<string, string>) => {
    const config = readConfig({ PLAYGROUND_RATE_LIMIT: "1000000", PLAYGROUND_LOG_FORMAT: "json", ...env });
    for (let i = 0; i < 200; i++) await takeRequest(config, `warm-${i % 50}`);
    const samples: number[] = [];
    for (let i = 0; i < calls; i++) {
      const start = performance.now();
      await takeRequest(config, `client-${i % 50}`);
      samples.push(performance.now() - start);
    }
    return samples.sort((a, b) => a - b);
  };
  const memory = await measure({});
  const redis = await measure({ REDIS_URL: redisUrl, PLAYGROUND_REDIS_KEY_PREFIX: prefix });
  const f = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
  console.log(
    `rate limit, one decision (${calls} calls, 50 clients, loopback): memory p50 ${f(percentile(memory, 0.5))} p99 ${f(percentile(memory, 0.99))}; Redis p50 ${f(percentile(redis, 0.5))} p99 ${f(percentile(redis, 0.99))}`,
  );
  console.log(
    `rate limit, added by Redis: p50 ${f(percentile(redis, 0.5) - percentile(memory, 0.5))}, p99 ${f(percentile(redis, 0.99) - percentile(memory, 0.99))}`,
  );
  const client = redisClient(redisUrl, prefix);
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.unlink(...keys.map((key) => key.slice(prefix.length)));
  client.disconnect();
}

void main();
