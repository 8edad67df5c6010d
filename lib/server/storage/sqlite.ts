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
    this.db.pragma("busy_timeout = 10000");
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    migrateSqlite(this.db);
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
