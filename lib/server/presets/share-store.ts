import "server-only";

import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { canonicalJson } from "@/lib/presets/canonical-json";
import { parsePreset } from "@/lib/presets/migrate";
import { fail, ok, type Result } from "@/lib/presets/result";
import type { Preset } from "@/lib/presets/schema";
import { migrate, MIGRATIONS } from "./migrations";

// The server's share store: immutable, content-addressed presets in SQLite. The id is a hash of
// the canonical JSON, so sharing the same preset twice gives the same link and a stored preset can
// never change under its link.

/** Largest preset the store accepts (canonical JSON bytes): a 200K-token prompt fits. */
export const SHARE_MAX_BYTES = 4 * 1024 * 1024;
export const SHARE_ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;

export function shareId(canonical: string): string {
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 24);
}

export class ShareStore {
  readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly select: Database.Statement;

  constructor(file: string) {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    this.db = new Database(file);
    // Waits for another writer (another process on the same file) instead of failing at once.
    this.db.pragma("busy_timeout = 10000");
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    migrate(this.db);
    this.insert = this.db.prepare(
      "INSERT INTO shared_presets (id, body, bytes, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING",
    );
    this.select = this.db.prepare("SELECT body FROM shared_presets WHERE id = ?");
  }

  /** Validates and stores a preset; returns its id (the same id for the same preset). */
  put(value: unknown): Result<{ id: string; preset: Preset }> {
    const parsed = parsePreset(value);
    if (!parsed.ok) return parsed;
    const canonical = canonicalJson(parsed.value);
    const bytes = Buffer.byteLength(canonical);
    if (bytes > SHARE_MAX_BYTES)
      return fail(
        "too_large",
        `The preset is ${(bytes / 1024 / 1024).toFixed(1)} MB; shared presets are limited to ${SHARE_MAX_BYTES / 1024 / 1024} MB.`,
      );
    const id = shareId(canonical);
    try {
      this.insert.run(id, canonical, bytes, Date.now());
      const stored = this.select.get(id) as { body: string };
      // A truncated-hash collision would otherwise silently hand out someone else's preset.
      if (stored.body !== canonical) return fail("storage", "The preset could not be stored (id collision).");
    } catch (error) {
      return fail("storage", `The preset could not be stored: ${(error as Error).message}`);
    }
    return ok({ id, preset: parsed.value });
  }

  get(id: string): Result<Preset> {
    if (!SHARE_ID_PATTERN.test(id)) return NO_SUCH_PRESET;
    const row = this.select.get(id) as { body: string } | undefined;
    if (!row) return NO_SUCH_PRESET;
    return parsePreset(JSON.parse(row.body));
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM shared_presets").get() as { n: number }).n;
  }

  schemaVersion(): number {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  close(): void {
    this.db.close();
  }
}

/** What `get` answers for an id the store does not hold. */
export const NO_SUCH_PRESET: Result<Preset> = fail("not_found", "No shared preset has this id.");

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

const stores = new Map<string, ShareStore>();

/** One open store per file per process, opened (and created) on first use. */
export function getShareStore(file: string): ShareStore {
  const key = resolve(file);
  let store = stores.get(key);
  if (!store) {
    store = new ShareStore(file);
    stores.set(key, store);
  }
  return store;
}
