import "server-only";

import type { Redis } from "ioredis";

/** A request let through, or refused until the bucket holds a token again. */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

// The rate limit's bucket in Redis, for a limit shared by every instance: the same token bucket as the
// in-memory RateLimiter (burst = the minute's allowance, one request back every 60/limit s), computed in
// one atomic script on Redis's own clock, so instances' clocks need not agree. A bucket expires once it
// would be full again.
const TAKE = `
local per_minute = tonumber(ARGV[1])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local refill = per_minute / 60000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or per_minute
local at = tonumber(state[2]) or now
tokens = math.min(per_minute, tokens + math.max(0, now - at) * refill)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((per_minute - tokens) / refill) + 1000)
if allowed == 1 then return {1, 0} end
return {0, math.ceil((1 - tokens) / refill / 1000)}
`;

type WithTake = Redis & { playgroundTake(key: string, perMinute: number): Promise<[number, number]> };

export async function takeFromRedis(redis: Redis, perMinute: number, client: string): Promise<Verdict> {
  const withTake = redis as WithTake;
  // EVALSHA, falling back to EVAL when the script is not cached yet (a restarted Redis).
  if (!withTake.playgroundTake) redis.defineCommand("playgroundTake", { numberOfKeys: 1, lua: TAKE });
  const [allowed, retryAfterSeconds] = await withTake.playgroundTake(`ratelimit:${perMinute}:${client}`, perMinute);
  return allowed === 1 ? { allowed: true } : { allowed: false, retryAfterSeconds };
}
