import "server-only";

import { createHash, randomBytes } from "node:crypto";
import { canonicalJson } from "@/lib/presets/canonical-json";
import { parsePreset } from "@/lib/presets/migrate";
import { fail, ok, type Result } from "@/lib/presets/result";
import type { Preset } from "@/lib/presets/schema";
import { readConfig, type ServerConfig } from "../config";
import { perProcess } from "../runtime";
import { getDatabase } from "../database";
import { type Database, sql } from "../storage";

// The server's share store: presets behind short links, on the server's database (SQLite or Postgres).
// A link's id is random, and so is the delete token handed out once with it: deleting a link takes down
// exactly that link. A stored preset never changes under its id. Links older than
// PLAYGROUND_SHARE_MAX_DAYS are gone (hidden at once, pruned from the table now and then).

/** Largest preset the store accepts (canonical JSON bytes): a 200K-token prompt fits. */
export const SHARE_MAX_BYTES = 4 * 1024 * 1024;
export const SHARE_ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;
const DAY_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface SharedLink {
  id: string;
  preset: Preset;
  /** Shown once to whoever made the link: it deletes the link. Only its hash is stored. */
  deleteToken: string;
  /** When the link stops working (ms since the epoch); undefined when links do not expire. */
  expiresAt: number | undefined;
}

export type DeleteOutcome = "deleted" | "not_found" | "forbidden";

/** Who asks to delete: the holder of the link's delete token, or of the access token (any link). */
export type DeleteCredential = { deleteToken: string | undefined } | { anyLink: true };

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const lastPrune = perProcess("share-store-pruned", () => ({ at: 0 }));

export interface ShareStoreOptions {
  maxDays?: number;
  now?: () => number;
}

export class ShareStore {
  private readonly now: () => number;

  constructor(
    readonly db: Database,
    private readonly options: ShareStoreOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Oldest creation time still alive, or undefined when links do not expire. */
  private cutoff(): number | undefined {
    return this.options.maxDays ? this.now() - this.options.maxDays * DAY_MS : undefined;
  }

  /** Validates and stores a preset under a new link. */
  async put(value: unknown): Promise<Result<SharedLink>> {
    const parsed = parsePreset(value);
    if (!parsed.ok) return parsed;
    const canonical = canonicalJson(parsed.value);
    const bytes = Buffer.byteLength(canonical);
    if (bytes > SHARE_MAX_BYTES)
      return fail(
        "too_large",
        `The preset is ${(bytes / 1024 / 1024).toFixed(1)} MB; shared presets are limited to ${SHARE_MAX_BYTES / 1024 / 1024} MB.`,
      );
    const deleteToken = randomBytes(24).toString("base64url");
    const tokenHash = hashToken(deleteToken);
    const createdAt = this.now();
    try {
      await this.pruneNowAndThen();
      // 144 random bits: a clash is next to impossible, but it would hand out someone else's preset.
      for (let attempt = 0; attempt < 3; attempt++) {
        const id = randomBytes(18).toString("base64url");
        const inserted = await this.db.run(sql`
          INSERT INTO shared_presets (id, body, bytes, created_at, delete_token_hash)
          VALUES (${id}, ${canonical}, ${bytes}, ${createdAt}, ${tokenHash})
          ON CONFLICT (id) DO NOTHING`);
        // Nothing inserted is a clash, or this very insert already made on a connection lost before it
        // answered (the database retries it): the token's hash tells the two apart.
        const mine =
          inserted === 1 ||
          (
            await this.db.all<{ hash: string | null }>(
              sql`SELECT delete_token_hash AS hash FROM shared_presets WHERE id = ${id}`,
            )
          )[0]?.hash === tokenHash;
        if (mine) {
          const expiresAt = this.options.maxDays ? createdAt + this.options.maxDays * DAY_MS : undefined;
          return ok({ id, preset: parsed.value, deleteToken, expiresAt });
        }
      }
      return fail("storage", "The preset could not be stored (no free id).");
    } catch (error) {
      return fail("storage", `The preset could not be stored: ${(error as Error).message}`);
    }
  }

  async get(id: string): Promise<Result<Preset>> {
    if (!SHARE_ID_PATTERN.test(id)) return NO_SUCH_PRESET;
    let rows: { body: string; created_at: number }[];
    try {
      rows = await this.db.all(sql`SELECT body, created_at FROM shared_presets WHERE id = ${id}`);
    } catch (error) {
      return fail("storage", `The shared preset could not be read: ${(error as Error).message}`);
    }
    const row = rows[0];
    const cutoff = this.cutoff();
    if (!row || (cutoff !== undefined && row.created_at <= cutoff)) return NO_SUCH_PRESET;
    return parsePreset(JSON.parse(row.body));
  }

  async delete(id: string, credential: DeleteCredential): Promise<DeleteOutcome> {
    if (!SHARE_ID_PATTERN.test(id)) return "not_found";
    const cutoff = this.cutoff() ?? -1;
    if ("anyLink" in credential) {
      const deleted = await this.db.run(sql`DELETE FROM shared_presets WHERE id = ${id} AND created_at > ${cutoff}`);
      return deleted > 0 ? "deleted" : "not_found";
    }
    if (credential.deleteToken) {
      const hash = hashToken(credential.deleteToken);
      const deleted = await this.db.run(
        sql`DELETE FROM shared_presets WHERE id = ${id} AND delete_token_hash = ${hash} AND created_at > ${cutoff}`,
      );
      if (deleted > 0) return "deleted";
    }
    const exists = await this.db.all(
      sql`SELECT 1 AS one FROM shared_presets WHERE id = ${id} AND created_at > ${cutoff}`,
    );
    return exists.length > 0 ? "forbidden" : "not_found";
  }

  async count(): Promise<number> {
    const rows = await this.db.all<{ n: number }>(sql`SELECT count(*) AS n FROM shared_presets`);
    return Number(rows[0].n);
  }

  /** Deletes the links past their age; returns how many. */
  async prune(): Promise<number> {
    const cutoff = this.cutoff();
    if (cutoff === undefined) return 0;
    return this.db.run(sql`DELETE FROM shared_presets WHERE created_at <= ${cutoff}`);
  }

  private async pruneNowAndThen(): Promise<void> {
    if (!this.options.maxDays || this.now() - lastPrune.at < PRUNE_EVERY_MS) return;
    lastPrune.at = this.now();
    await this.prune();
  }
}

/** What `get` answers for an id the store does not hold (or no longer does). */
export const NO_SUCH_PRESET: Result<Preset> = fail("not_found", "No shared preset has this id.");

/** The share store of this process's database, with the configured expiry. */
export async function shareStore(config: ServerConfig = readConfig()): Promise<ShareStore> {
  return new ShareStore(await getDatabase(config), { maxDays: config.shareMaxDays });
}
