// `npm run db:copy -- --from ./data/playground.db --to postgres://…`: copies the server-side stores of an
// SQLite file into Postgres (migrating the target first). Idempotent: run it again and it copies only what
// is missing. --to defaults to DATABASE_URL (or PLAYGROUND_DATABASE_URL), --from to PLAYGROUND_DB.
import { parseArgs } from "node:util";
import { readConfig } from "@/lib/server/config";
import { openDatabase } from "@/lib/server/storage";
import { copySqlite } from "@/lib/server/storage/copy";
import { maskUrl } from "@/lib/server/storage/postgres";

async function main() {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
  const config = readConfig();
  const from = values.from ?? config.dbPath;
  const to = values.to ?? config.databaseUrl;
  if (!to) {
    console.error("db:copy needs a target: --to postgres://… (or DATABASE_URL).");
    process.exit(2);
  }

  try {
    const target = await openDatabase({ url: to, poolMax: 2 });
    try {
      for (const { table, read, copied } of await copySqlite(from, target))
        console.log(
          `${table}: ${read} row(s) in ${from}, ${copied} copied, ${read - copied} already in ${maskUrl(to)}`,
        );
    } finally {
      await target.close();
    }
  } catch (error) {
    console.error(`db:copy failed: ${(error as Error).message.replace(/\/\/[^@/\s]*@/g, "//***@")}`);
    process.exit(1);
  }
}

void main();
