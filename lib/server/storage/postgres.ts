import "server-only";

import pg from "pg";
import type { Database, Queryable } from "./database";
import { MIGRATIONS } from "./migrations";
import { constantSql, type Sql } from "./sql";

// Postgres through a pool of `pg` connections. A connection the server drops (a restart, a failover,
// pg_terminate_backend) costs no request: the statement is tried once more on a fresh connection. So
// every write must be harmless twice (an insert under the writer's own id with ON CONFLICT, a delete).

const placeholder = (index: number) => `$${index}`;

/** Any number that names this project's migration lock among other users of the database. */
const MIGRATION_LOCK = 0x6d706c61;

// Lost connections: the server shutting the session down (57P0x), connection exceptions (08xxx), sockets.
const CONNECTION_LOST = /^(57P0[123]|08\d{3})$/;
const SOCKET_ERRORS = new Set(["ECONNRESET", "EPIPE", "ECONNREFUSED", "ETIMEDOUT"]);

export function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  if (code && (CONNECTION_LOST.test(code) || SOCKET_ERRORS.has(code))) return true;
  const message = (error as Error)?.message ?? "";
  return /Connection terminated|connection error and is not queryable|Client was closed/i.test(message);
}

export interface PostgresOptions {
  poolMax: number;
  /** Longest a statement may run before the server cancels it. */
  statementTimeoutMs?: number;
}

/** The URL with its password replaced, for logs and readiness. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.href;
  } catch {
    return "postgres://(unparsable URL)";
  }
}

/** A clear error for a URL that cannot be a Postgres address (never echoing the password). */
export function checkPostgresUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "DATABASE_URL is not a URL: expected postgres://USER:PASSWORD@HOST:PORT/DATABASE (percent-encode @ : / # ? in the password).";
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:")
    return `DATABASE_URL must start with postgres:// or postgresql:// (it starts with ${parsed.protocol}//).`;
  if (!parsed.hostname) return "DATABASE_URL has no host.";
  return undefined;
}

export class PostgresDatabase implements Database {
  readonly engine = "postgres" as const;
  readonly label: string;
  readonly pool: pg.Pool;

  constructor(url: string, options: PostgresOptions) {
    const problem = checkPostgresUrl(url);
    if (problem) throw new Error(problem);
    this.label = `postgres ${maskUrl(url)}`;
    const types = new pg.TypeOverrides();
    // bigint columns hold milliseconds and counts, well inside a double's exact range.
    types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.poolMax,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: options.statementTimeoutMs ?? 10_000,
      application_name: "messages-playground",
      types,
    });
    // An idle connection that the server drops emits here; without a listener it would end the process.
    // The pool has already discarded it; the next statement gets a fresh one.
    this.pool.on("error", () => {});
  }

  private async withRetry<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (!isConnectionLost(error)) throw error;
      return attempt();
    }
  }

  async all<Row = Record<string, unknown>>(query: Sql): Promise<Row[]> {
    const { text, values } = query.render(placeholder);
    return this.withRetry(async () => (await this.pool.query(text, values)).rows as Row[]);
  }

  async run(query: Sql): Promise<number> {
    const { text, values } = query.render(placeholder);
    return this.withRetry(async () => (await this.pool.query(text, values)).rowCount ?? 0);
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.withRetry(() => this.transactionOnce(work));
  }

  private async transactionOnce<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: unknown;
    try {
      await client.query("BEGIN");
      const tx: Queryable = {
        engine: "postgres",
        all: async <Row>(query: Sql) => {
          const { text, values } = query.render(placeholder);
          return (await client.query(text, values)).rows as Row[];
        },
        run: async (query: Sql) => {
          const { text, values } = query.render(placeholder);
          return (await client.query(text, values)).rowCount ?? 0;
        },
      };
      const result = await work(tx);
      try {
        await client.query("COMMIT");
      } catch (error) {
        // Whether a commit whose answer was lost took effect is unknown: never re-run the work then.
        broken = error;
        throw Object.assign(new Error(`The commit's outcome is unknown: ${(error as Error).message}`), {
          cause: error,
        });
      }
      return result;
    } catch (error) {
      if (!broken) {
        if (isConnectionLost(error)) broken = error;
        else await client.query("ROLLBACK").catch((rollbackError) => (broken = rollbackError));
      }
      throw error;
    } finally {
      // A connection in an unknown state is destroyed rather than handed to the next caller.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  /** Applies the missing steps, each in its own transaction under an advisory lock held until its end. */
  async migrate(): Promise<number> {
    for (;;) {
      const applied = await this.transaction(async (tx) => {
        await tx.all(constantSql(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`));
        await tx.run(constantSql("CREATE TABLE IF NOT EXISTS playground_schema (version integer NOT NULL)"));
        const rows = await tx.all<{ version: number }>(constantSql("SELECT version FROM playground_schema"));
        if (rows.length === 0) await tx.run(constantSql("INSERT INTO playground_schema (version) VALUES (0)"));
        const version = rows[0]?.version ?? 0;
        if (version >= MIGRATIONS.length) return false;
        await tx.run(constantSql(MIGRATIONS[version].postgres));
        await tx.run(constantSql(`UPDATE playground_schema SET version = ${version + 1}`));
        return true;
      });
      if (!applied) return this.schemaVersion();
    }
  }

  async schemaVersion(): Promise<number> {
    const rows = await this.all<{ version: number }>(constantSql("SELECT version FROM playground_schema")).catch(
      (error) => {
        if ((error as { code?: string }).code === "42P01") return []; // no such table: nothing applied yet
        throw error;
      },
    );
    return rows[0]?.version ?? 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
