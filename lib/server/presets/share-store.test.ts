import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { KNOWN_KEY, samplePreset } from "@/lib/testing/test-presets";
import { databaseCases } from "@/lib/testing/databases";
import { LATEST_SCHEMA_VERSION, openDatabase, sql } from "../storage";
import { MIGRATIONS } from "../storage/migrations";
import { SqliteDatabase } from "../storage/sqlite";
import { SHARE_MAX_BYTES, ShareStore } from "./share-store";

const DAY = 24 * 60 * 60 * 1000;
const cases = await databaseCases();
const dir = mkdtempSync(join(tmpdir(), "share-store-"));
afterAll(async () => {
  await Promise.all(cases.map((c) => c.cleanup()));
  // Retried: after a failed run, writer threads still closing their files can leave the folder not yet empty.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
});

// The same contract on every engine.
describe.each(cases)("share store on $name", ({ open }) => {
  it("stores a preset under a new link and returns it unchanged; each share is its own link", async () => {
    const store = new ShareStore(await open());
    const preset = samplePreset();
    const first = await store.put(preset);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(first.value.deleteToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.value.expiresAt).toBeUndefined();
    expect(await store.get(first.value.id)).toEqual({ ok: true, value: preset });
    const again = await store.put(preset);
    expect(again.ok && again.value.id).not.toBe(first.value.id);
    expect(await store.count()).toBe(2);
    await store.db.close();
  });

  it("refuses oversize presets, keys and bad ids, and stores nothing for them", async () => {
    const store = new ShareStore(await open());
    const huge = samplePreset();
    huge.request = { ...huge.request, system: "x".repeat(SHARE_MAX_BYTES) };
    expect(await store.put(huge)).toMatchObject({ ok: false, error: { code: "too_large" } });
    const keyed = samplePreset();
    keyed.request = { ...keyed.request, system: KNOWN_KEY };
    expect(await store.put(keyed)).toMatchObject({ ok: false, error: { code: "contains_secret" } });
    expect(await store.put({ name: "x" })).toMatchObject({ ok: false, error: { code: "wrong_schema" } });
    expect(await store.get("../../etc/passwd")).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await store.get("A".repeat(24))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await store.count()).toBe(0);
    await store.db.close();
  });

  it("deletes a link with its own delete token only, or any link for the access token's holder", async () => {
    const store = new ShareStore(await open());
    const a = await store.put(samplePreset({ name: "a" }));
    const b = await store.put(samplePreset({ name: "b" }));
    if (!a.ok || !b.ok) throw new Error("put failed");
    expect(await store.delete(a.value.id, { deleteToken: b.value.deleteToken })).toBe("forbidden");
    expect(await store.delete(a.value.id, { deleteToken: undefined })).toBe("forbidden");
    expect(await store.get(a.value.id)).toMatchObject({ ok: true });
    expect(await store.delete(a.value.id, { deleteToken: a.value.deleteToken })).toBe("deleted");
    expect(await store.get(a.value.id)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await store.delete(a.value.id, { deleteToken: a.value.deleteToken })).toBe("not_found");
    expect(await store.delete(b.value.id, { anyLink: true })).toBe("deleted");
    expect(await store.delete("A".repeat(24), { anyLink: true })).toBe("not_found");
    expect(await store.count()).toBe(0);
    await store.db.close();
  });

  it("expires links after PLAYGROUND_SHARE_MAX_DAYS, then prunes them", async () => {
    let now = Date.UTC(2026, 0, 1);
    const db = await open();
    const store = new ShareStore(db, { maxDays: 30, now: () => now });
    const old = await store.put(samplePreset({ name: "old" }));
    if (!old.ok) throw new Error(old.error.message);
    expect(old.value.expiresAt).toBe(now + 30 * DAY);
    now += 20 * DAY;
    const young = await store.put(samplePreset({ name: "young" }));
    if (!young.ok) throw new Error(young.error.message);
    now += 10 * DAY; // the old link is exactly 30 days old
    expect(await store.get(old.value.id)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await store.delete(old.value.id, { anyLink: true })).toBe("not_found");
    expect(await store.get(young.value.id)).toMatchObject({ ok: true });
    expect(await store.prune()).toBe(1);
    expect(await store.count()).toBe(1);
    // Without a limit nothing expires.
    expect(await new ShareStore(db, { now: () => now + 999 * DAY }).get(young.value.id)).toMatchObject({ ok: true });
    await db.close();
  });

  it("keeps 50 concurrent shares apart", async () => {
    const store = new ShareStore(await open());
    const puts = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.put(samplePreset({ name: `concurrent ${i}` }))),
    );
    const ids = puts.map((put) => (put.ok ? put.value.id : put.error.message));
    expect(new Set(ids).size).toBe(50);
    for (const [i, id] of ids.entries()) expect((await store.get(id)).ok && i >= 0).toBe(true);
    expect(await store.count()).toBe(50);
    await store.db.close();
  });
});

describe("share store on an SQLite file", () => {
  it("creates the file and its parent folders on first use, at the latest schema, in WAL mode", async () => {
    const db = new SqliteDatabase(join(dir, "nested", "deeper", "playground.db"));
    expect(await db.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(db.db.pragma("journal_mode", { simple: true })).toBe("wal");
    await db.close();
  });

  it("brings a file of the first schema up to date without losing its links", async () => {
    const file = join(dir, "v1.db");
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0].sqlite);
    raw.pragma("user_version = 1");
    raw
      .prepare("INSERT INTO shared_presets (id, body, bytes, created_at) VALUES (?, ?, ?, ?)")
      .run("B".repeat(24), JSON.stringify(samplePreset()), 10, Date.now());
    raw.close();
    const db = await openDatabase({ file });
    expect(await db.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    const store = new ShareStore(db);
    expect(await store.get("B".repeat(24))).toEqual({ ok: true, value: samplePreset() });
    // A link made before delete tokens existed: only the access token's holder deletes it.
    expect(await store.delete("B".repeat(24), { deleteToken: "guess" })).toBe("forbidden");
    expect(await store.delete("B".repeat(24), { anyLink: true })).toBe("deleted");
    await db.close();
  });

  it("loses nothing under 50 concurrent writers (threads, own connections) and survives a restart", async () => {
    const file = join(dir, "concurrent", "playground.db");
    // Worker threads run plain JavaScript: bundle the real store code once (better-sqlite3 stays native).
    // Inside the project, so the bundle resolves better-sqlite3 from node_modules.
    const bundle = join(process.cwd(), "node_modules", ".cache", `share-store-writer-${process.pid}.mjs`);
    await build({
      entryPoints: [fileURLToPath(new URL("../../testing/share-store-writer.ts", import.meta.url))],
      outfile: bundle,
      bundle: true,
      platform: "node",
      format: "esm",
      external: ["better-sqlite3", "pg", "ioredis", "prom-client"],
      // `server-only` is an empty module on the server (the react-server condition).
      conditions: ["react-server"],
      banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
      logLevel: "silent",
    });
    const writers = 50;
    const perWriter = 10;
    const start = new Int32Array(new SharedArrayBuffer(4));
    let ready = 0;
    const results = await Promise.all(
      Array.from(
        { length: writers },
        (_, writer) =>
          new Promise<string[]>((resolve, reject) => {
            const worker = new Worker(bundle, { workerData: { file, writer, count: perWriter, start } });
            worker.on("message", (message) => {
              if (message !== "ready") return resolve(message);
              if (++ready < writers) return;
              Atomics.store(start, 0, 1);
              Atomics.notify(start, 0);
            });
            worker.once("error", reject);
            worker.once("exit", (code) => code !== 0 && reject(new Error(`writer ${writer} exited with ${code}`)));
          }),
      ),
    );
    rmSync(bundle, { force: true });
    const ids = results.flat();
    expect(ids).toHaveLength(writers * perWriter);
    expect(new Set(ids).size).toBe(writers * perWriter);

    // Restart: a fresh connection on the same file sees every preset, intact.
    const db = new SqliteDatabase(file);
    const reopened = new ShareStore(db);
    expect(await reopened.count()).toBe(writers * perWriter);
    for (const [writer, writerIds] of results.entries()) {
      for (const [i, id] of writerIds.entries()) {
        const got = await reopened.get(id);
        expect(got.ok && got.value.name).toBe(`writer ${writer} preset ${i}`);
      }
    }
    expect(await db.all(sql`SELECT count(*) AS n FROM shared_presets WHERE delete_token_hash IS NULL`)).toEqual([
      { n: 0 },
    ]);
    await db.close();
  }, 120_000);
});
