import { describe, expect, it } from "vitest";
import { chooseUpstream, readConfig } from "./config";

describe("readConfig", () => {
  it("has the documented defaults", () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      baseUrl: "https://api.anthropic.com",
      upstream: "auto",
      allowUserKeys: true,
      rateLimitPerMinute: 0,
      maxRetries: 2,
      maxBodyBytes: 32 * 1024 * 1024,
      upstreamTimeoutMs: 600_000,
    });
    expect(readConfig({ ANTHROPIC_API_KEY: "k" }).rateLimitPerMinute).toBe(60);
  });

  it("reads overrides and ignores nonsense", () => {
    const c = readConfig({
      PLAYGROUND_MAX_RETRIES: "0",
      PLAYGROUND_MAX_BODY_BYTES: "1000",
      PLAYGROUND_UPSTREAM_TIMEOUT_MS: "abc",
      PLAYGROUND_RATE_LIMIT: "0",
      ANTHROPIC_API_KEY: "k",
      ANTHROPIC_BASE_URL: "http://gw/",
    });
    expect(c).toMatchObject({
      maxRetries: 0,
      maxBodyBytes: 1000,
      upstreamTimeoutMs: 600_000,
      rateLimitPerMinute: 0,
      baseUrl: "http://gw",
    });
  });
});

describe("chooseUpstream", () => {
  it("prefers the user's key when allowed, then the server's, then the simulator", () => {
    expect(chooseUpstream(readConfig({ ANTHROPIC_API_KEY: "srv" }), "usr")).toEqual({ source: "user", key: "usr" });
    expect(
      chooseUpstream(readConfig({ ANTHROPIC_API_KEY: "srv", PLAYGROUND_ALLOW_USER_KEYS: "false" }), "usr"),
    ).toEqual({ source: "server", key: "srv" });
    expect(chooseUpstream(readConfig({}), undefined)).toEqual({ source: "simulator" });
    expect(chooseUpstream(readConfig({ PLAYGROUND_UPSTREAM: "simulator", ANTHROPIC_API_KEY: "srv" }), "usr")).toEqual({
      source: "simulator",
    });
  });

  it("refuses rather than simulates when the upstream is forced real without a key", () => {
    expect(chooseUpstream(readConfig({ PLAYGROUND_UPSTREAM: "real" }), "  ")).toEqual({ source: "none" });
  });
});

describe("readConfig for a team's deployment", () => {
  it("stays on one machine's defaults when nothing is set", () => {
    expect(readConfig({})).toMatchObject({
      databaseUrl: undefined,
      databasePoolMax: 5,
      redisUrl: undefined,
      redisKeyPrefix: "playground:",
      rateLimitFallback: "memory",
      trustedProxyHops: 0,
      shareMaxDays: undefined,
      metrics: false,
    });
  });

  it("reads the URLs (the PLAYGROUND_ names win) and the rest", () => {
    const c = readConfig({
      DATABASE_URL: "postgres://a/b",
      PLAYGROUND_DATABASE_URL: "postgres://c/d",
      REDIS_URL: "redis://r:6379",
      PLAYGROUND_REDIS_KEY_PREFIX: "team-a:",
      PLAYGROUND_RATE_LIMIT_FALLBACK: "deny",
      PLAYGROUND_TRUSTED_PROXY_HOPS: "2",
      PLAYGROUND_SHARE_MAX_DAYS: "30",
      PLAYGROUND_METRICS: "on",
      PLAYGROUND_LOG_FORMAT: "json",
      PLAYGROUND_DATABASE_POOL_MAX: "0",
    });
    expect(c).toMatchObject({
      databaseUrl: "postgres://c/d",
      redisUrl: "redis://r:6379",
      redisKeyPrefix: "team-a:",
      rateLimitFallback: "deny",
      trustedProxyHops: 2,
      shareMaxDays: 30,
      metrics: true,
      logFormat: "json",
      databasePoolMax: 1,
    });
    expect(readConfig({ DATABASE_URL: "postgres://a/b" }).databaseUrl).toBe("postgres://a/b");
  });
});
