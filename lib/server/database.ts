import "server-only";

import { resolve } from "node:path";
import { readConfig, type ServerConfig } from "./config";
import { onShutdown, perProcess } from "./runtime";
import { type Database, openDatabase } from "./storage";

const opened = perProcess("databases", () => new Map<string, Promise<Database>>());

/**
 * The server-side database of this process, opened and migrated on first use: Postgres when
 * DATABASE_URL is set, else the SQLite file. A failed opening is forgotten, so the next request retries.
 */
export function getDatabase(config: ServerConfig = readConfig()): Promise<Database> {
  const key = config.databaseUrl ?? `file:${resolve(config.dbPath)}`;
  let database = opened.get(key);
  if (!database) {
    database = config.databaseUrl
      ? openDatabase({ url: config.databaseUrl, poolMax: config.databasePoolMax })
      : Promise.resolve().then(() => openDatabase({ file: config.dbPath }));
    opened.set(key, database);
    database.then(
      (db) => onShutdown(() => db.close()),
      () => opened.delete(key),
    );
  }
  return database;
}
