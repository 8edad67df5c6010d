import "server-only";

// The server's configuration, read from the environment (DESIGN.md: Configuration). Read per call
// rather than once at import, so a test server started with new variables picks them up.
export interface ServerConfig {
  apiKey: string | undefined;
  baseUrl: string;
  upstream: "auto" | "simulator" | "real";
  allowUserKeys: boolean;
  accessToken: string | undefined;
  rateLimitPerMinute: number;
  dbPath: string;
  /** Time allowed for the upstream's response headers, per attempt. */
  upstreamTimeoutMs: number;
  /** Longest silence allowed inside a streamed response (the real API pings while it thinks). */
  streamIdleTimeoutMs: number;
  /** Retries after the first attempt, only ever before the first byte reaches the client. */
  maxRetries: number;
  /** First backoff step; doubles per retry unless the upstream says when (retry-after). */
  retryBaseMs: number;
  maxBodyBytes: number;
  /** Postgres for the server-side stores; unset → the SQLite file at `dbPath`. */
  databaseUrl: string | undefined;
  databasePoolMax: number;
  /** Redis for one rate limit across instances; unset → a limit per process. */
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  /** What the rate limit does while Redis is unreachable: a limit per instance, or refuse. */
  rateLimitFallback: "memory" | "deny";
  /** Proxies in front whose `x-forwarded-for` entries are trusted; 0 → the socket's address is the client. */
  trustedProxyHops: number;
  /** Age after which a short link is gone; undefined → kept until deleted. */
  shareMaxDays: number | undefined;
  /** Prometheus metrics at /api/metrics. */
  metrics: boolean;
  /** Every proxied `/v1/messages` call recorded server-side for the Traffic view. */
  recordTraffic: boolean;
  /** Retention of recorded traffic: calls older than this many days, and beyond this many calls, are pruned. */
  trafficMaxDays: number;
  trafficMaxCalls: number;
  /** A recorded body (request or response) is cut past this many bytes, and marked truncated. */
  trafficMaxBodyBytes: number;
  /** One log line per API call: JSON, or a short line for a terminal. */
  logFormat: "json" | "pretty";
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !/^(0|false|no|off)$/i.test(value);
}

/** A non-negative number from the environment, or the fallback when unset or not a number. */
function count(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const apiKey = env.ANTHROPIC_API_KEY || undefined;
  const upstream =
    env.PLAYGROUND_UPSTREAM === "simulator" || env.PLAYGROUND_UPSTREAM === "real" ? env.PLAYGROUND_UPSTREAM : "auto";
  return {
    apiKey,
    baseUrl: (env.ANTHROPIC_BASE_URL || "https://api.anthropic.com").replace(/\/+$/, ""),
    upstream,
    allowUserKeys: flag(env.PLAYGROUND_ALLOW_USER_KEYS, true),
    accessToken: env.PLAYGROUND_ACCESS_TOKEN || undefined,
    rateLimitPerMinute: count(env.PLAYGROUND_RATE_LIMIT, apiKey ? 60 : 0),
    dbPath: env.PLAYGROUND_DB || "./data/playground.db",
    upstreamTimeoutMs: count(env.PLAYGROUND_UPSTREAM_TIMEOUT_MS, 600_000),
    streamIdleTimeoutMs: count(env.PLAYGROUND_STREAM_IDLE_TIMEOUT_MS, 300_000),
    maxRetries: Math.floor(count(env.PLAYGROUND_MAX_RETRIES, 2)),
    retryBaseMs: count(env.PLAYGROUND_RETRY_BASE_MS, 500),
    maxBodyBytes: count(env.PLAYGROUND_MAX_BODY_BYTES, 32 * 1024 * 1024),
    databaseUrl: env.PLAYGROUND_DATABASE_URL || env.DATABASE_URL || undefined,
    databasePoolMax: Math.max(1, Math.floor(count(env.PLAYGROUND_DATABASE_POOL_MAX, 5))),
    redisUrl: env.PLAYGROUND_REDIS_URL || env.REDIS_URL || undefined,
    redisKeyPrefix: env.PLAYGROUND_REDIS_KEY_PREFIX ?? "playground:",
    rateLimitFallback: env.PLAYGROUND_RATE_LIMIT_FALLBACK === "deny" ? "deny" : "memory",
    trustedProxyHops: Math.floor(count(env.PLAYGROUND_TRUSTED_PROXY_HOPS, 0)),
    shareMaxDays: count(env.PLAYGROUND_SHARE_MAX_DAYS, 0) || undefined,
    metrics: flag(env.PLAYGROUND_METRICS, false),
    recordTraffic: flag(env.PLAYGROUND_RECORD_TRAFFIC, true),
    trafficMaxDays: count(env.PLAYGROUND_TRAFFIC_MAX_DAYS, 7),
    trafficMaxCalls: Math.floor(count(env.PLAYGROUND_TRAFFIC_MAX_CALLS, 10_000)),
    trafficMaxBodyBytes: count(env.PLAYGROUND_TRAFFIC_MAX_BODY_BYTES, 16 * 1024 * 1024),
    logFormat:
      env.PLAYGROUND_LOG_FORMAT === "json" || env.PLAYGROUND_LOG_FORMAT === "pretty"
        ? env.PLAYGROUND_LOG_FORMAT
        : process.stdout.isTTY
          ? "pretty"
          : "json",
  };
}

export type UpstreamChoice = { source: "simulator" } | { source: "server" | "user"; key: string } | { source: "none" };

/**
 * Which upstream and key a call uses: the user's key when given and allowed, else the server's, else the
 * simulator (in `auto` mode). `real` mode without any key is `none`: the call is refused, not simulated.
 */
export function chooseUpstream(config: ServerConfig, userKey: string | undefined): UpstreamChoice {
  if (config.upstream === "simulator") return { source: "simulator" };
  const user = userKey?.trim();
  if (user && config.allowUserKeys) return { source: "user", key: user };
  if (config.apiKey) return { source: "server", key: config.apiKey };
  return config.upstream === "real" ? { source: "none" } : { source: "simulator" };
}
