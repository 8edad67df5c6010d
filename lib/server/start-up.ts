import "server-only";

import { readConfig } from "./config";
import { log } from "./log";
import { redisClient } from "./redis";
import { getDatabase } from "./database";

/** Opens (and migrates) the database and starts connecting to Redis, when the server starts. */
export async function startServerStores(): Promise<void> {
  const config = readConfig();
  if (config.redisUrl) redisClient(config.redisUrl, config.redisKeyPrefix);
  else if (config.rateLimitPerMinute > 0)
    log("info", "no REDIS_URL: the rate limit is per instance (set REDIS_URL to share it across instances)");
  try {
    const db = await getDatabase(config);
    log("info", `storage ready: ${db.label}`, { engine: db.engine, schemaVersion: await db.schemaVersion() });
  } catch (error) {
    log("error", "storage unavailable at start-up: /api/ready answers 503 until it is reached", {
      error: (error as Error).message.replace(/\/\/[^@/\s]*@/g, "//***@"),
    });
  }
}
