// One writer of the concurrency test: bundled to plain JavaScript by the test, then run in its own
// worker thread with its own SQLite connection on the shared file.
import { parentPort, workerData } from "node:worker_threads";
import { samplePreset } from "./test-presets";
import { SqliteDatabase } from "@/lib/server/storage/sqlite";
import { ShareStore } from "@/lib/server/presets/share-store";

const { file, writer, count, start } = workerData as { file: string; writer: number; count: number; start: Int32Array };
// All writers wait at the gate, then open the fresh file and write at the same instant.
parentPort!.postMessage("ready");
Atomics.wait(start, 0, 0);
// A failure names the writer and its step: a worker's error reaches the test without its stack.
let step = "opening the file";
try {
  const db = new SqliteDatabase(file);
  const store = new ShareStore(db);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    step = `storing preset ${i}`;
    const result = await store.put(samplePreset({ name: `writer ${writer} preset ${i}` }));
    if (!result.ok) throw new Error(result.error.message);
    ids.push(result.value.id);
  }
  step = "closing the file";
  await db.close();
  parentPort!.postMessage(ids);
} catch (error) {
  const { code, message } = error as { code?: string; message?: string };
  throw new Error(`writer ${writer}, ${step}: ${code ?? ""} ${message ?? String(error)}`);
}
