import "server-only";

import type { Sql } from "./sql";

// The one interface every server-side store is written against (the share links; the traffic log of #13
// next): two engines behind it, SQLite by default, Postgres with DATABASE_URL. A store is one module of
// portable SQL (`sql` tags and `join` for filters, `ON CONFLICT`, `RETURNING`, integers for times, text
// for JSON) plus its steps in migrations.ts and its table in copy.ts, and runs on both unchanged; its
// tests run on every engine through lib/testing/databases.ts (SQLite, Postgres, Postgres with a pool of
// one).

export type Engine = "sqlite" | "postgres";

export interface Queryable {
  readonly engine: Engine;
  /** The rows a statement returns (`SELECT`, or a write with `RETURNING`). */
  all<Row = Record<string, unknown>>(query: Sql): Promise<Row[]>;
  /** Runs a write; resolves to the number of rows it changed. */
  run(query: Sql): Promise<number>;
}

export interface Database extends Queryable {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. Statements of
   * other callers never run inside it. On Postgres a connection lost before the commit re-runs `work`
   * once, so `work` must only touch the database.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** The schema version the database is at; `LATEST_SCHEMA_VERSION` once migrated. */
  schemaVersion(): Promise<number>;
  /** What this database is, for logs and readiness, without a password. */
  readonly label: string;
  close(): Promise<void>;
}
