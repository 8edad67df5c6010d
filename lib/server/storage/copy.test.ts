import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { samplePreset } from "@/lib/testing/test-presets";
import { freshDatabase, stopTestEngines } from "@/lib/testing/engines";
import { ShareStore } from "../presets/share-store";
import { trafficId } from "../traffic/capture";
import { TrafficStore } from "../traffic/traffic-store";
import { MIGRATIONS } from "./migrations";
import { openDatabase, sql } from ".";

const postgres = await freshDatabase();
const dir = mkdtempSync(join(tmpdir(), "db-copy-"));
afterAll(async () => {
  await postgres?.drop();
  await stopTestEngines();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!postgres)("npm run db:copy", () => {
  it("copies an SQLite store into Postgres, and a second run copies nothing twice", async () => {
    const file = join(dir, "playground.db");
    const sqlite = await openDatabase({ file });
    const store = new ShareStore(sqlite);
    const made = [];
    for (let i = 0; i < 7; i++) {
      const put = await store.put(samplePreset({ name: `copied ${i}` }));
      if (!put.ok) throw new Error(put.error.message);
      made.push(put.value);
    }
    const traffic = new TrafficStore(sqlite);
    const recorded = { ...RECORDED, id: trafficId(RECORDED.startedAt) };
    await traffic.add([recorded]);
    await sqlite.close();

    const run = () =>
      spawnSync(
        process.execPath,
        [
          "node_modules/tsx/dist/cli.mjs",
          "--conditions=react-server",
          "scripts/db-copy.ts",
          "--from",
          file,
          "--to",
          postgres!.url,
        ],
        { encoding: "utf8" },
      );
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("shared_presets: 7 row(s)");
    expect(first.stdout).toContain("7 copied");
    const second = run();
    expect(second.stdout).toContain("0 copied, 7 already");
    expect(first.stdout).toContain("traffic: 1 row(s)");

    const target = await openDatabase({ url: postgres!.url });
    const copied = new ShareStore(target);
    expect(await copied.count()).toBe(7);
    for (const link of made) {
      expect(await copied.get(link.id)).toEqual({ ok: true, value: link.preset });
      // The delete token still works on the copy.
      expect(await copied.delete(link.id, { deleteToken: link.deleteToken })).toBe("deleted");
    }
    expect(await new TrafficStore(target).get(recorded.id)).toEqual(recorded);
    await target.close();
  }, 60_000);

  it("copies a file of the first schema (no delete tokens) without changing it", async () => {
    const file = join(dir, "v1.db");
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0].sqlite);
    raw.pragma("user_version = 1");
    raw
      .prepare("INSERT INTO shared_presets (id, body, bytes, created_at) VALUES (?, ?, ?, ?)")
      .run("C".repeat(24), JSON.stringify(samplePreset()), 10, 1);
    raw.close();
    const { copySqlite } = await import("./copy");
    const target = await openDatabase({ url: postgres!.url });
    expect(await copySqlite(file, target)).toEqual([
      { table: "shared_presets", read: 1, copied: 1 },
      { table: "traffic", read: 0, copied: 0 },
    ]);
    expect(await target.all(sql`SELECT delete_token_hash FROM shared_presets WHERE id = ${"C".repeat(24)}`)).toEqual([
      { delete_token_hash: null },
    ]);
    await target.close();
    const after = new Database(file, { readonly: true });
    expect(after.pragma("user_version", { simple: true })).toBe(1);
    after.close();
  });
});

const RECORDED = {
  startedAt: Date.UTC(2026, 11, 1),
  route: "/v1/messages",
  method: "POST",
  status: 200,
  model: "claude-opus-4-6",
  stream: false,
  stopReason: "end_turn",
  errorType: null,
  errorMessage: null,
  usage: null,
  costUsd: 0.5,
  firstByteMs: 1,
  firstTokenMs: null,
  totalMs: 2,
  attempts: 1,
  keySource: "simulator" as const,
  requestId: null,
  userAgent: "curl/8",
  requestBytes: 2,
  responseBytes: 2,
  truncated: false,
  complete: true,
  request: { model: "claude-opus-4-6" },
  requestText: null,
  betas: [],
  response: { kind: "json" as const, body: { type: "message" } },
};
