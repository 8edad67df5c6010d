import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { KNOWN_KEY, samplePreset } from "@/lib/testing/test-presets";
import { LATEST_SCHEMA_VERSION, SHARE_MAX_BYTES, ShareStore } from "./share-store";

const dir = mkdtempSync(join(tmpdir(), "share-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("share store", () => {
  it("creates the file and its parent folders on first use, at the latest schema, in WAL mode", () => {
    const file = join(dir, "nested", "deeper", "playground.db");
    const store = new ShareStore(file);
    expect(store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    store.close();
  });

  it("stores a preset under a content-addressed id and returns it unchanged", () => {
    const store = new ShareStore(join(dir, "a.db"));
    const preset = samplePreset();
    const first = store.put(preset);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    // Same content, other key order: same id, nothing new stored.
    const reordered = JSON.parse(
      JSON.stringify({
        request: preset.request,
        betas: preset.betas,
        name: preset.name,
        version: preset.version,
        panel: preset.panel,
        description: preset.description,
      }),
    );
    expect(store.put(reordered)).toMatchObject({ ok: true, value: { id: first.value.id } });
    expect(store.count()).toBe(1);
    expect(store.get(first.value.id)).toEqual({ ok: true, value: preset });
    const other = store.put(samplePreset({ name: "Other" }));
    expect(other.ok && other.value.id).not.toBe(first.value.id);
    store.close();
  });

  it("refuses oversize presets, keys and bad ids, and stores nothing for them", () => {
    const store = new ShareStore(join(dir, "b.db"));
    const huge = samplePreset();
    huge.request = { ...huge.request, system: "x".repeat(SHARE_MAX_BYTES) };
    expect(store.put(huge)).toMatchObject({ ok: false, error: { code: "too_large" } });
    const keyed = samplePreset();
    keyed.request = { ...keyed.request, system: KNOWN_KEY };
    expect(store.put(keyed)).toMatchObject({ ok: false, error: { code: "contains_secret" } });
    expect(store.put({ name: "x" })).toMatchObject({ ok: false, error: { code: "wrong_schema" } });
    expect(store.get("../../etc/passwd")).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(store.get("A".repeat(24))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(store.count()).toBe(0);
    store.close();
  });

  it("reopens an existing file without re-running its migrations or losing rows", () => {
    const file = join(dir, "old.db");
    const store = new ShareStore(file);
    const put = store.put(samplePreset());
    store.close();
    const raw = new Database(file);
    expect(raw.pragma("user_version", { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    raw.close();
    // Re-running step 1 would fail (CREATE TABLE of an existing table): reopening must skip it.
    const again = new ShareStore(file);
    expect(again.count()).toBe(1);
    expect(put.ok && again.get(put.value.id).ok).toBe(true);
    again.close();
  });

  it("loses nothing under 50 concurrent writers (threads, own connections) and survives a restart", async () => {
    const file = join(dir, "concurrent", "playground.db");
    // Worker threads run plain JavaScript: bundle the real store code once (better-sqlite3 stays native).
    // Inside the project, so the bundle resolves better-sqlite3 from node_modules.
    const bundle = join(process.cwd(), "node_modules", ".cache", `share-store-writer-${process.pid}.mjs`);
    await build({
      entryPoints: [fileURLToPath(new URL("./share-store-writer.ts", import.meta.url))],
      outfile: bundle,
      bundle: true,
      platform: "node",
      format: "esm",
      external: ["better-sqlite3"],
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
    const reopened = new ShareStore(file);
    expect(reopened.count()).toBe(writers * perWriter);
    for (const [writer, writerIds] of results.entries()) {
      for (const [i, id] of writerIds.entries()) {
        const got = reopened.get(id);
        expect(got.ok && got.value.name).toBe(`writer ${writer} preset ${i}`);
      }
    }
    reopened.close();
  }, 120_000);
});
