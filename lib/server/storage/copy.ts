import "server-only";

import BetterSqlite3 from "better-sqlite3";
import type { Database } from "./database";
import { constantSql, join, sql } from "./sql";

// `npm run db:copy`: the rows of an SQLite file into another database (Postgres), table by table, each
// row under its own key with ON CONFLICT DO NOTHING, so a second run copies only what is missing. The
// source is opened read-only and never migrated: a column it lacks (an older schema) is copied as null.
// A store added later lists its table here.
export const COPIED_TABLES: readonly { table: string; columns: readonly string[] }[] = [
  { table: "shared_presets", columns: ["id", "body", "bytes", "created_at", "delete_token_hash"] },
  {
    table: "traffic",
    columns: [
      "id",
      "started_at",
      "status",
      "model",
      "user_agent",
      "input_tokens",
      "output_tokens",
      "cost_usd",
      "schema",
      "summary",
      "body",
    ],
  },
];

const BATCH = 500;
/** A table or column name, from the constant list above (never from input). */
const identifier = (name: string) => constantSql(name);

export async function copySqlite(
  file: string,
  target: Database,
): Promise<{ table: string; read: number; copied: number }[]> {
  const source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const results = [];
    for (const { table, columns } of COPIED_TABLES) {
      const present = new Set(
        (source.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name),
      );
      if (present.size === 0) {
        results.push({ table, read: 0, copied: 0 });
        continue;
      }
      const select = columns.map((c) => (present.has(c) ? c : `NULL AS ${c}`)).join(", ");
      const rows = source.prepare(`SELECT ${select} FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
      let copied = 0;
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = rows.slice(start, start + BATCH);
        const values = join(
          batch.map(
            (row) =>
              sql`(${join(
                columns.map((c) => sql`${row[c]}`),
                ", ",
              )})`,
          ),
          ", ",
        );
        const names = join(columns.map(identifier), ", ");
        copied += await target.run(
          sql`INSERT INTO ${identifier(table)} (${names}) VALUES ${values} ON CONFLICT DO NOTHING`,
        );
      }
      results.push({ table, read: rows.length, copied });
    }
    return results;
  } finally {
    source.close();
  }
}
