import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { untilNotBusy } from "./sqlite";

const dir = mkdtempSync(join(tmpdir(), "sqlite-busy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("untilNotBusy", () => {
  // Two connections on one file: `holder` keeps the write lock, `other` does not wait for it (busy timeout 0), so each
  // of its writes is a real SQLITE_BUSY until the holder lets go.
  const open = (name: string) => {
    const file = join(dir, name);
    const holder = new BetterSqlite3(file);
    holder.pragma("journal_mode = WAL");
    holder.exec("CREATE TABLE t (x)");
    const other = new BetterSqlite3(file);
    other.pragma("busy_timeout = 0");
    return { holder, other, insert: () => other.prepare("INSERT INTO t VALUES (1)").run().changes };
  };

  it("runs the step again while SQLite answers SQLITE_BUSY, until it goes through", () => {
    const { holder, other, insert } = open("again.db");
    holder.exec("BEGIN IMMEDIATE");
    let attempts = 0;
    const changes = untilNotBusy(() => {
      attempts++;
      if (attempts === 3) holder.exec("COMMIT");
      return insert();
    });
    expect(changes).toBe(1);
    expect(attempts).toBe(3);
    holder.close();
    other.close();
  });

  it("throws any other error at once", () => {
    const { holder, other } = open("other-error.db");
    let attempts = 0;
    expect(() =>
      untilNotBusy(() => {
        attempts++;
        return other.exec("SELECT * FROM missing");
      }),
    ).toThrow(/no such table/);
    expect(attempts).toBe(1);
    holder.close();
    other.close();
  });

  it("gives up with SQLITE_BUSY once its time is out", () => {
    const { holder, other, insert } = open("gives-up.db");
    holder.exec("BEGIN IMMEDIATE");
    const started = Date.now();
    expect(() => untilNotBusy(insert, 150)).toThrow(expect.objectContaining({ code: "SQLITE_BUSY" }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    holder.exec("ROLLBACK");
    holder.close();
    other.close();
  });
});
