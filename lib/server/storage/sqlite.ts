import "server-only";

import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { Database, Queryable } from "./database";
import { MIGRATIONS } from "./migrations";
import type { Sql } from "./sql";

// SQLite through better-sqlite3 (synchronous, one connection per process; several processes on one
// host share the file through WAL). The async interface is kept honest: a transaction holds a lock that
// every other statement of this process waits for, so no statement slips into someone else's transaction
// while its work awaits.

const placeholder = () => "?";

const BUSY_TIMEOUT_MS = 10_000;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `step` again while SQLite answers SQLITE_BUSY, for as long as the busy timeout would have waited. The busy
 * timeout does not cover every wait: where waiting could deadlock, SQLite answers SQLITE_BUSY at once (several
 * processes opening a new file at the same instant, each holding a read lock while it asks for the lock that
 * switches the file to WAL or applies a migration). Both steps are safe to run again: the journal mode is set or it
 * is not, and each migration is a transaction of its own that checks `user_version` first. Opening is synchronous
 * (better-sqlite3), so the pause is too.
 */
export function untilNotBusy<T>(step: () => T, timeoutMs = BUSY_TIMEOUT_MS): T {
  const deadline = Date.now() + timeoutMs;
  for (let pauseMs = 5; ; pauseMs = Math.min(pauseMs * 2, 200)) {
    try {
      return step();
    } catch (error) {
      const busy = String((error as { code?: unknown }).code).startsWith("SQLITE_BUSY");
      if (!busy || Date.now() >= deadline) throw error;
      Atomics.wait(PAUSE, 0, 0, pauseMs);
    }
  }
}

export class SqliteDatabase implements Database {
  readonly engine = "sqlite" as const;
  readonly label: string;
  readonly db: BetterSqlite3.Database;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private lock: Promise<void> = Promise.resolve();

  constructor(file: string) {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    this.label = `sqlite ${file}`;
    this.db = new BetterSqlite3(file);
    // Waits for another writer (another process on the same file) instead of failing at once.
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    untilNotBusy(() => this.db.pragma("journal_mode = WAL"));
    this.db.pragma("synchronous = NORMAL");
    untilNotBusy(() => migrateSqlite(this.db));
  }

  private prepare(query: Sql): { statement: BetterSqlite3.Statement; values: unknown[] } {
    const { text, values } = query.render(placeholder);
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return { statement, values };
  }

  private readonly direct: Queryable = {
    engine: "sqlite",
    all: async <Row>(query: Sql) => {
      const { statement, values } = this.prepare(query);
      return statement.all(...values) as Row[];
    },
    run: async (query: Sql) => {
      const { statement, values } = this.prepare(query);
      return statement.run(...values).changes;
    },
  };

  async all<Row = Record<string, unknown>>(query: Sql): Promise<Row[]> {
    await this.lock;
    return this.direct.all<Row>(query);
  }

  async run(query: Sql): Promise<number> {
    await this.lock;
    return this.direct.run(query);
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    let release!: () => void;
    const previous = this.lock;
    this.lock = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const result = await work(this.direct);
        this.db.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      }
    } finally {
      release();
    }
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  async close(): Promise<void> {
    await this.lock;
    this.db.close();
  }
}

/** Applies the missing steps, one transaction each. IMMEDIATE: two processes opening a fresh file at once
 * must not both run a step. */
export function migrateSqlite(db: BetterSqlite3.Database): number {
  const step = db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version >= MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[version].sqlite);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    /* one migration per transaction */
  }
  return db.pragma("user_version", { simple: true }) as number;
}
