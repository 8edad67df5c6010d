import "server-only";

import type { ServerConfig } from "./config";
import { log } from "./log";
import { firstConnection, redisClient } from "./redis";
import { perProcess } from "./runtime";
import { takeFromRedis, type Verdict } from "./redis-rate-limit";

export type { Verdict };

/**
 * Requests per minute per client, as a token bucket: a client may burst up to the minute's allowance,
 * then gets one request back every 60/limit seconds. Memory stays bounded: full buckets are dropped.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request for `client`; when refused, says how many seconds until the next one is allowed. */
  take(client: string): Verdict {
    if (this.perMinute <= 0) return { allowed: true };
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.prune();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / refillPerMs / 1000) };
  }

  private prune() {
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * refillPerMs >= this.perMinute) this.buckets.delete(client);
    }
  }
}

// One limiter per process and limit, kept across requests (each route has its own bundle).
const limiters = perProcess("rate-limiters", () => new Map<number, RateLimiter>());

export function sharedRateLimiter(perMinute: number): RateLimiter {
  let limiter = limiters.get(perMinute);
  if (!limiter) limiters.set(perMinute, (limiter = new RateLimiter(perMinute)));
  return limiter;
}

/** Whether Redis answered the last time, so an outage is logged once, not per request. */
const redisState = perProcess("rate-limit-redis-state", () => ({ up: true }));

/**
 * Takes one request for `client`: from the bucket in Redis when REDIS_URL is set (one limit across
 * instances), else from this process's. While Redis cannot be reached, this process's bucket stands in
 * (a limit per instance, never none), or with PLAYGROUND_RATE_LIMIT_FALLBACK=deny the call is refused.
 */
export async function takeRequest(config: ServerConfig, client: string): Promise<Verdict | { unavailable: true }> {
  if (config.rateLimitPerMinute <= 0) return { allowed: true };
  const local = sharedRateLimiter(config.rateLimitPerMinute);
  if (!config.redisUrl) return local.take(client);
  try {
    const redis = redisClient(config.redisUrl, config.redisKeyPrefix);
    await firstConnection(redis);
    const verdict = await takeFromRedis(redis, config.rateLimitPerMinute, client);
    if (!redisState.up) {
      redisState.up = true;
      log("info", "Redis is back: the rate limit is shared by every instance again");
    }
    return verdict;
  } catch (error) {
    if (redisState.up) {
      redisState.up = false;
      log(
        "warn",
        config.rateLimitFallback === "deny"
          ? "Redis is unreachable: API calls are refused until it is back (PLAYGROUND_RATE_LIMIT_FALLBACK=deny)"
          : "Redis is unreachable: the rate limit is per instance until it is back",
        { error: String((error as Error)?.message).replace(/\/\/[^@/\s]*@/g, "//***@") },
      );
    }
    return config.rateLimitFallback === "deny" ? { unavailable: true } : local.take(client);
  }
}
