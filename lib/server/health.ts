import "server-only";

import type { ServerConfig } from "./config";
import { firstConnection, redisClient } from "./redis";
import { isDraining } from "./runtime";
import { getDatabase } from "./database";
import { LATEST_SCHEMA_VERSION } from "./storage";

// Readiness: may a load balancer send this instance calls? Not while it drains, nor without its
// database (reachable and migrated). Redis going away does not take the instance out while the rate
// limit falls back to a limit per instance (PLAYGROUND_RATE_LIMIT_FALLBACK=memory): every instance shares
// one Redis, and pulling them all would turn a blip into an outage. With `deny` it does.

type Check = { ok: true; [detail: string]: unknown } | { ok: false; error: string };

export interface Readiness {
  status: "ready" | "degraded" | "draining" | "unavailable";
  checks: { storage: Check; redis?: Check };
}

const within = <T>(ms: number, work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);

async function storageCheck(config: ServerConfig): Promise<Check> {
  try {
    const db = await within(3_000, getDatabase(config));
    const version = await within(2_000, db.schemaVersion());
    if (version < LATEST_SCHEMA_VERSION)
      return { ok: false, error: `schema at ${version} of ${LATEST_SCHEMA_VERSION}` };
    return { ok: true, engine: db.engine, schemaVersion: version };
  } catch (error) {
    return { ok: false, error: (error as Error).message.replace(/\/\/[^@/\s]*@/g, "//***@") };
  }
}

async function redisCheck(url: string, prefix: string): Promise<Check> {
  try {
    const redis = redisClient(url, prefix);
    await firstConnection(redis);
    await within(1_000, redis.ping());
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message.replace(/\/\/[^@/\s]*@/g, "//***@") };
  }
}

export async function readiness(config: ServerConfig): Promise<Readiness> {
  const [storage, redis] = await Promise.all([
    storageCheck(config),
    config.redisUrl ? redisCheck(config.redisUrl, config.redisKeyPrefix) : undefined,
  ]);
  const checks = redis ? { storage, redis } : { storage };
  if (isDraining()) return { status: "draining", checks };
  if (!storage.ok || (redis && !redis.ok && config.rateLimitFallback === "deny"))
    return { status: "unavailable", checks };
  return { status: redis && !redis.ok ? "degraded" : "ready", checks };
}
