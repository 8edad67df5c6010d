import "server-only";

import type Database from "better-sqlite3";

// Schema migrations of the share store, one per `user_version`, applied in order in one
// transaction each. Append only: a released step is never edited.
export const MIGRATIONS: ((db: Database.Database) => void)[] = [
  (db) =>
    db.exec(`
      CREATE TABLE shared_presets (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
    `),
];

export function migrate(db: Database.Database): number {
  // IMMEDIATE: two processes opening a fresh file at once must not both run step 1.
  const step = db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version >= MIGRATIONS.length) return false;
    MIGRATIONS[version](db);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    /* one migration per transaction */
  }
  return db.pragma("user_version", { simple: true }) as number;
}
