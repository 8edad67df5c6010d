// The engines every store's contract suite runs against: SQLite, Postgres, and Postgres through a pool
// of one connection (a store that holds a connection while it waits for another deadlocks there).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "@/lib/server/storage";
import { freshDatabase, stopTestEngines } from "./engines";

export interface DatabaseCase {
  name: string;
  /** A new, empty database, migrated. */
  open(): Promise<Database>;
  /** Removes what `open` made (files, databases) and stops engines this file started. */
  cleanup(): Promise<void>;
}

export async function databaseCases(): Promise<DatabaseCase[]> {
  const dir = mkdtempSync(join(tmpdir(), "storage-contract-"));
  let files = 0;
  const sqlite: DatabaseCase = {
    name: "sqlite",
    open: async () => openDatabase({ file: join(dir, `db-${++files}.db`) }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
  const probe = await freshDatabase();
  if (!probe) return [sqlite];
  await probe.drop();
  // The engines stop once every Postgres case has cleaned up: cases clean up together (Promise.all), and an engine
  // stopped under another case's open pool would end its connections mid-close.
  let open = 2;
  const postgres = (poolMax: number): DatabaseCase => {
    const made: { db: Database; drop: () => Promise<void> }[] = [];
    return {
      name: poolMax === 1 ? "postgres, a pool of one" : "postgres",
      open: async () => {
        const fresh = await freshDatabase();
        const db = await openDatabase({ url: fresh!.url, poolMax });
        made.push({ db, drop: fresh!.drop });
        return db;
      },
      cleanup: async () => {
        for (const { db, drop } of made.splice(0)) {
          await db.close().catch(() => {});
          await drop();
        }
        if (--open === 0) await stopTestEngines();
      },
    };
  };
  return [sqlite, postgres(5), postgres(1)];
}
