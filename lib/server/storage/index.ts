import "server-only";

import { resolve } from "node:path";
import { readConfig, type ServerConfig } from "../config";
import { onShutdown, perProcess } from "../runtime";
import type { Database } from "./database";
import { PostgresDatabase } from "./postgres";
import { SqliteDatabase } from "./sqlite";

export type { Database, Engine, Queryable } from "./database";
export { LATEST_SCHEMA_VERSION } from "./migrations";
export { sql, join } from "./sql";

const opened = perProcess("databases", () => new Map<string, Promise<Database>>());

/** Opens a database and brings its schema up to date (for tests, scripts and `getDatabase`). */
export async function openDatabase(target: { url: string; poolMax?: number } | { file: string }): Promise<Database> {
  if ("file" in target) return new SqliteDatabase(target.file);
  const db = new PostgresDatabase(target.url, { poolMax: target.poolMax ?? 5 });
  try {
    await db.migrate();
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}

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
