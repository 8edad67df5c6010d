// Benchmark of the history's work at its limit (500 calls): store, list, sort, total, CSV.
// Run: npm run bench:history. Prints the median of several rounds per step, in milliseconds.
import "fake-indexeddb/auto";
import { deleteDB } from "idb";
import { historyCsv } from "@/lib/history/export";
import { addCall, HISTORY_DB_NAME, HISTORY_LIMIT, listCalls, openHistory } from "@/lib/history/history-db";
import type { CallRecord } from "@/lib/history/record";
import { sortRows, toRows, totals } from "@/lib/history/table";

const ROUNDS = 7;
const models = ["claude-opus-4-6", "claude-sonnet-4-6", "claude-haiku-4-5", "unknown-model"];

function record(i: number): CallRecord {
  const text = "lorem ipsum dolor sit amet ".repeat(200); // ~5 KB request per call
  return {
    summary: {
      id: `call-${i}`,
      startedAt: 1_700_000_000_000 + i * 1000,
      model: models[i % 4],
      status: "done",
      stopReason: "end_turn",
      usage: {
        input_tokens: 100 + i,
        output_tokens: 50 + (i % 700),
        cache_creation_input_tokens: i % 3 ? 0 : 2048,
        cache_read_input_tokens: i % 3 ? 2048 : 0,
      },
      firstTokenMs: 300 + (i % 50),
      totalMs: 2000 + (i % 900),
      breakpoints: 1,
    },
    details: {
      id: `call-${i}`,
      request: { model: models[i % 4], max_tokens: 1024, messages: [{ role: "user", content: text }] },
      events: [],
    },
  };
}

async function time(label: string, step: () => Promise<unknown> | unknown) {
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    await step();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${samples[ROUNDS >> 1].toFixed(2)} ms  (min ${samples[0].toFixed(2)}, max ${samples.at(-1)!.toFixed(2)})`,
  );
}

async function main() {
  await deleteDB(HISTORY_DB_NAME);
  const db = await openHistory();
  let next = 0;
  const start = performance.now();
  for (; next < HISTORY_LIMIT; next++) await addCall(db, record(next));
  console.log(
    `fill ${HISTORY_LIMIT} calls (fake-indexeddb, in memory)`.padEnd(44),
    `${(performance.now() - start).toFixed(0)} ms total`,
  );
  await time("add one call at the limit (with pruning)", () => addCall(db, record(next++)));
  await time(`list ${HISTORY_LIMIT} summaries`, () => listCalls(db));
  const calls = await listCalls(db);
  await time(`price ${calls.length} rows`, () => toRows(calls));
  const rows = toRows(calls);
  await time(`sort ${rows.length} rows by cost`, () => sortRows(rows, "cost", "descending"));
  await time(`total ${rows.length} rows`, () => totals(rows));
  await time(`CSV of ${rows.length} rows`, () => historyCsv(rows));
  db.close();
}

void main();
