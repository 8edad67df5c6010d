import "server-only";

// The schema of every server-side store, one step per version, applied in order at start-up, each in its
// own transaction (SQLite: BEGIN IMMEDIATE and `user_version`; Postgres: an advisory lock and the
// `playground_schema` row, so instances that start together apply each step once). Append only: a
// released step is never edited. A step gives the same schema in each engine's words.
export interface Migration {
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: "shared presets",
    sqlite: `
      CREATE TABLE shared_presets (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;`,
    // text, not jsonb: the stored canonical JSON is returned byte for byte.
    postgres: `
      CREATE TABLE shared_presets (
        id text PRIMARY KEY,
        body text NOT NULL,
        bytes integer NOT NULL,
        created_at bigint NOT NULL
      );`,
  },
  {
    name: "shared preset lifecycle: delete tokens, expiry by age",
    // Links made before this step have no delete token: only the access token deletes them.
    sqlite: `
      ALTER TABLE shared_presets ADD COLUMN delete_token_hash TEXT;
      CREATE INDEX shared_presets_created_at ON shared_presets (created_at);`,
    postgres: `
      ALTER TABLE shared_presets ADD COLUMN delete_token_hash text;
      CREATE INDEX shared_presets_created_at ON shared_presets (created_at);`,
  },
  {
    name: "traffic: every call through the proxy",
    // The columns filters and totals read; the rest of a call (its summary and its bodies) is JSON text, whose shape
    // `schema` names, so that a row written by another version still lists and says why it cannot open.
    sqlite: `
      CREATE TABLE traffic (
        id TEXT PRIMARY KEY,
        started_at INTEGER NOT NULL,
        status INTEGER NOT NULL,
        model TEXT,
        user_agent TEXT,
        input_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL,
        cost_usd REAL,
        schema INTEGER NOT NULL,
        summary TEXT NOT NULL,
        body TEXT NOT NULL
      ) STRICT;
      CREATE INDEX traffic_started_at ON traffic (started_at);`,
    postgres: `
      CREATE TABLE traffic (
        id text PRIMARY KEY,
        started_at bigint NOT NULL,
        status integer NOT NULL,
        model text,
        user_agent text,
        input_tokens bigint NOT NULL,
        output_tokens bigint NOT NULL,
        cost_usd double precision,
        schema integer NOT NULL,
        summary text NOT NULL,
        body text NOT NULL
      );
      CREATE INDEX traffic_started_at ON traffic (started_at);`,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
