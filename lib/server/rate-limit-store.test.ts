// The rate limit's contract, the same in memory and in Redis, and what it does while Redis is away.
import { Redis } from "ioredis";
import { afterAll, describe, expect, it, vi } from "vitest";
import { testRedis } from "@/lib/testing/engines";
import { startRedis } from "@/scripts/test-engines.mjs";
import { readConfig } from "./config";
import { takeRequest } from "./rate-limit";

const redis = await testRedis();
let unique = 0;
const client = () => `client-${process.pid}-${++unique}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const stores = [
  { name: "memory", env: {} },
  ...(redis ? [{ name: "redis", env: { REDIS_URL: redis.url, PLAYGROUND_REDIS_KEY_PREFIX: redis.prefix } }] : []),
];

describe.each(stores)("the rate limit in $name", ({ env }) => {
  it("allows the minute's allowance at once, then refuses with the wait until the next request", async () => {
    const config = readConfig({ ...env, PLAYGROUND_RATE_LIMIT: "3" });
    const [a, b] = [client(), client()];
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await takeRequest(config, a));
    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(verdicts[3]).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(await takeRequest(config, b)).toEqual({ allowed: true }); // per client
  });

  it("gives one request back every 60/limit seconds", async () => {
    const config = readConfig({ ...env, PLAYGROUND_RATE_LIMIT: "600" }); // one back every 100 ms
    const a = client();
    const untilRefused = async () => {
      for (let taken = 0; taken < 2000; taken++) {
        const verdict = await takeRequest(config, a);
        if ("allowed" in verdict && !verdict.allowed) return { taken, verdict };
      }
      throw new Error("never refused");
    };
    const burst = await untilRefused();
    expect(burst.taken).toBeGreaterThanOrEqual(600);
    expect(burst.verdict).toEqual({ allowed: false, retryAfterSeconds: 1 });
    await sleep(300);
    const after = await untilRefused();
    expect(after.taken).toBeGreaterThanOrEqual(2);
    expect(after.taken).toBeLessThan(20);
  });
});

describe.skipIf(!redis)("the rate limit in Redis, shared and isolated", () => {
  it("keeps its buckets in Redis under the key prefix, and another prefix has its own", async () => {
    const config = readConfig({
      REDIS_URL: redis!.url,
      PLAYGROUND_REDIS_KEY_PREFIX: redis!.prefix,
      PLAYGROUND_RATE_LIMIT: "2",
    });
    const a = client();
    await takeRequest(config, a);
    await takeRequest(config, a);
    expect(await takeRequest(config, a)).toMatchObject({ allowed: false });
    const raw = new Redis(redis!.url);
    const key = `${redis!.prefix}ratelimit:2:${a}`;
    expect(await raw.exists(key)).toBe(1);
    expect(await raw.pttl(key)).toBeGreaterThan(0); // it expires once it would be full again
    // Another deployment on the same Redis: its own bucket for the same client.
    const other = readConfig({
      REDIS_URL: redis!.url,
      PLAYGROUND_REDIS_KEY_PREFIX: `${redis!.prefix}other:`,
      PLAYGROUND_RATE_LIMIT: "2",
    });
    expect(await takeRequest(other, a)).toEqual({ allowed: true });
    // What another instance took from the same bucket counts here (the state is Redis's, not this process's).
    await raw.del(key);
    expect(await takeRequest(config, a)).toEqual({ allowed: true });
    raw.disconnect();
  });
});

describe("the rate limit while Redis is away", () => {
  const own = startRedis();
  afterAll(async () => (await own)?.stop());

  it.skipIf(!redis)(
    "falls back to a limit per instance with one warning, and shares again once Redis is back",
    async () => {
      const engine = (await own)!;
      const env = { REDIS_URL: engine.url, PLAYGROUND_REDIS_KEY_PREFIX: "outage:", PLAYGROUND_RATE_LIMIT: "2" };
      const config = readConfig(env);
      const a = client();
      expect(await takeRequest(config, a)).toEqual({ allowed: true }); // connected, from Redis
      const warn = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      const info = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
      try {
        process.kill(engine.pid!, "SIGSTOP"); // Redis hangs: each command times out
        const b = client();
        const during = [];
        for (let i = 0; i < 3; i++) during.push(await takeRequest(config, b));
        // Never unlimited: this instance's own bucket.
        expect(during).toEqual([{ allowed: true }, { allowed: true }, expect.objectContaining({ allowed: false })]);
        const warnings = warn.mock.calls
          .map(([line]) => String(line))
          .filter((line) => line.includes("Redis is unreachable"));
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toContain("per instance");
        expect(await takeRequest(readConfig({ ...env, PLAYGROUND_RATE_LIMIT_FALLBACK: "deny" }), client())).toEqual({
          unavailable: true,
        });
        process.kill(engine.pid!, "SIGCONT");
        await sleep(200);
        const c = client();
        expect(await takeRequest(config, c)).toEqual({ allowed: true });
        expect(info.mock.calls.some(([line]) => String(line).includes("Redis is back"))).toBe(true);
      } finally {
        process.kill(engine.pid!, "SIGCONT");
        warn.mockRestore();
        info.mockRestore();
      }
    },
    30_000,
  );

  it("falls back at once when nothing listens at REDIS_URL", async () => {
    const config = readConfig({ REDIS_URL: "redis://127.0.0.1:1", PLAYGROUND_RATE_LIMIT: "1" });
    const silence = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const a = client();
      const started = performance.now();
      expect(await takeRequest(config, a)).toEqual({ allowed: true });
      expect(await takeRequest(config, a)).toMatchObject({ allowed: false });
      // One wait for the first connection (1 s), then no more.
      expect(performance.now() - started).toBeLessThan(1_500);
      const again = performance.now();
      expect(await takeRequest(config, client())).toEqual({ allowed: true });
      expect(performance.now() - again).toBeLessThan(200);
    } finally {
      silence.mockRestore();
    }
  });
});
