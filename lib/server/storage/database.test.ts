import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import { findPostgresBin } from "@/scripts/test-engines.mjs";
import { databaseCases } from "@/lib/testing/databases";
import { freshDatabase } from "@/lib/testing/engines";
import { LATEST_SCHEMA_VERSION, openDatabase, sql } from ".";
import type { PostgresDatabase } from "./postgres";

const cases = await databaseCases();
afterAll(() => Promise.all(cases.map((c) => c.cleanup())));

describe.each(cases)("the storage interface on $name", ({ open }) => {
  it("opens at the latest schema and round-trips text, numbers and nulls", async () => {
    const db = await open();
    expect(await db.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    const body = 'a "quoted" \\u0000 ✓ 🌊 text';
    const at = 1_767_000_000_123;
    expect(
      await db.run(sql`INSERT INTO shared_presets (id, body, bytes, created_at, delete_token_hash)
        VALUES (${"x"}, ${body}, ${3}, ${at}, ${null})`),
    ).toBe(1);
    expect(await db.all(sql`SELECT body, bytes, created_at, delete_token_hash FROM shared_presets`)).toEqual([
      { body, bytes: 3, created_at: at, delete_token_hash: null },
    ]);
    await db.close();
  });

  it("commits a transaction's work, rolls back a failed one, and lets no other statement into it", async () => {
    const db = await open();
    const insert = (id: string) =>
      sql`INSERT INTO shared_presets (id, body, bytes, created_at) VALUES (${id}, ${"{}"}, ${2}, ${0})`;
    const count = async () => (await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM shared_presets`))[0].n;
    await db.transaction(async (tx) => {
      await tx.run(insert("a"));
      await tx.run(insert("b"));
    });
    expect(Number(await count())).toBe(2);
    await expect(
      db.transaction(async (tx) => {
        await tx.run(insert("c"));
        await tx.run(insert("a")); // a duplicate key: the whole transaction goes
      }),
    ).rejects.toThrow();
    expect(Number(await count())).toBe(2);

    // A statement issued while a transaction waits runs after it (not inside it, not deadlocked: a
    // pool of one has no second connection to give).
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const tx = db.transaction(async (t) => {
      await t.run(insert("d"));
      await gate;
      throw new Error("rolled back");
    });
    const outside = db.run(insert("e"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await expect(tx).rejects.toThrow("rolled back");
    expect(await outside).toBe(1);
    const ids = await db.all<{ id: string }>(sql`SELECT id FROM shared_presets ORDER BY id`);
    expect(ids.map((r) => r.id)).toEqual(["a", "b", "e"]);
    await db.close();
  });
});

const postgres = await freshDatabase();

describe.skipIf(!postgres)("the storage interface on postgres, under failure", () => {
  afterAll(() => postgres?.drop());

  it("applies each migration once when four instances open a fresh database together", async () => {
    const dbs = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ url: postgres!.url, poolMax: 2 })));
    for (const db of dbs) expect(await db.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    const client = new pg.Client({ connectionString: postgres!.url });
    await client.connect();
    const { rows } = await client.query("SELECT version FROM playground_schema");
    expect(rows).toEqual([{ version: LATEST_SCHEMA_VERSION }]);
    await client.end();
    await Promise.all(dbs.map((db) => db.close()));
  });

  it("serves the next statement after the server kills every connection (pg_terminate_backend)", async () => {
    const db = (await openDatabase({ url: postgres!.url, poolMax: 3 })) as PostgresDatabase;
    // Fill the pool with idle connections.
    await Promise.all([1, 2, 3].map(() => db.all(sql`SELECT pg_sleep(0.05)`)));
    expect(db.pool.idleCount).toBeGreaterThan(0);
    // Killed from psql, synchronously: this process cannot read the news on its idle connections before
    // it sends the next statements down them.
    const killed = spawnSync(
      join(findPostgresBin()!, "psql"),
      [
        postgres!.adminUrl,
        "-Atc",
        `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'messages-playground' AND datname = '${new URL(postgres!.url).pathname.slice(1)}'`,
      ],
      { encoding: "utf8" },
    );
    expect(Number(killed.stdout.trim())).toBeGreaterThan(0);
    const results = await Promise.all([1, 2, 3, 4].map(() => db.all<{ one: number }>(sql`SELECT 1 AS one`)));
    expect(results).toEqual([1, 2, 3, 4].map(() => [{ one: 1 }]));
    expect(await db.transaction((tx) => tx.all<{ two: number }>(sql`SELECT 2 AS two`))).toEqual([{ two: 2 }]);
    await db.close();
  });

  it("refuses a URL that is not Postgres with a clear error that shows no password", async () => {
    await expect(openDatabase({ url: "mysql://u:secret-pw@h/db" })).rejects.toThrow(/postgres:\/\//);
    await expect(openDatabase({ url: "mysql://u:secret-pw@h/db" })).rejects.not.toThrow(/secret-pw/);
  });
});
