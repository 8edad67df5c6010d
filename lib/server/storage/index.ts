import "server-only";

import type { Database } from "./database";
import { PostgresDatabase } from "./postgres";
import { SqliteDatabase } from "./sqlite";

export type { Database, Engine, Queryable } from "./database";
export { LATEST_SCHEMA_VERSION } from "./migrations";
export { sql, join } from "./sql";

/** Opens a database and brings its schema up to date (for tests, scripts and the server's own: ../database.ts). */
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
