import "server-only";

import { Redis } from "ioredis";
import { onShutdown, perProcess } from "./runtime";

// One Redis connection per process and URL. It fails fast rather than queueing: with the offline queue
// off, a command while Redis is away rejects at once (the rate limit then falls back, rate-limit.ts),
// and a command Redis does not answer within a second rejects too. It reconnects by itself.

const clients = perProcess("redis-clients", () => new Map<string, Redis>());

export function redisClient(url: string, keyPrefix: string): Redis {
  const key = `${keyPrefix}\u0000${url}`;
  let client = clients.get(key);
  if (!client) {
    client = new Redis(url, {
      keyPrefix,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 1_000,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
      connectionName: "messages-playground",
    });
    // Connection errors are reported by whoever uses the client (once per outage); unheard, ioredis would
    // print each one.
    client.on("error", () => {});
    clients.set(key, client);
    const opened = client;
    onShutdown(async () => {
      await opened.quit().catch(() => opened.disconnect());
    });
  }
  return client;
}

/**
 * Waits for a new client's first connection (once, at most `ms`), so the first calls after start-up use
 * Redis rather than the fallback. After that nothing waits: while Redis is away, commands fail fast.
 */
export function firstConnection(client: Redis, ms = 1_000): Promise<void> {
  let waiting = firstWaits.get(client);
  if (!waiting) {
    waiting =
      client.status === "ready"
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const done = () => {
              clearTimeout(timer);
              client.off("ready", done);
              resolve();
            };
            const timer = setTimeout(done, ms);
            client.once("ready", done);
          });
    firstWaits.set(client, waiting);
  }
  return waiting;
}

const firstWaits = perProcess("redis-first-waits", () => new WeakMap<Redis, Promise<void>>());

/** The URL without its password, for logs and readiness. */
export function maskRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.href;
  } catch {
    return "redis://(unparsable URL)";
  }
}
