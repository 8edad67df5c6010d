// Call history in IndexedDB (large requests fit, unlike localStorage): summaries in one store, details
// in another, both keyed by call id. Oldest calls are pruned past a limit so the browser's quota holds.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { CallDetails, CallSummary } from "./record";
import { fromStoredText, isStoredText, type StoredSseText } from "./stored-text";

export const HISTORY_DB_NAME = "messages-playground-history";
export const HISTORY_LIMIT = 500;

/** Details as stored: the stream's text may be a Blob (stored-text.ts); reading gives it back as text. */
export type StoredCallDetails = Omit<CallDetails, "events"> & { events: CallDetails["events"] | StoredSseText };
export type StoredCallRecord = { summary: CallSummary; details: StoredCallDetails };

interface HistorySchema extends DBSchema {
  calls: { key: string; value: CallSummary; indexes: { startedAt: number } };
  details: { key: string; value: StoredCallDetails };
}

export type HistoryDb = IDBPDatabase<HistorySchema>;

/** Opens (and on first use creates) the history database. */
export function openHistory(): Promise<HistoryDb> {
  return openDB<HistorySchema>(HISTORY_DB_NAME, 1, {
    upgrade(db) {
      const calls = db.createObjectStore("calls", { keyPath: "id" });
      calls.createIndex("startedAt", "startedAt");
      db.createObjectStore("details", { keyPath: "id" });
    },
  });
}

/** Stores one call and prunes the oldest beyond `limit`; returns the ids pruned. */
export function addCall(db: HistoryDb, record: StoredCallRecord, limit = HISTORY_LIMIT): Promise<string[]> {
  return addCalls(db, [record], limit);
}

/** Stores calls in one transaction (a batch's calls end many at a time: one round of the store's requests for all)
 * and prunes the oldest beyond `limit`; returns the ids pruned. */
export async function addCalls(db: HistoryDb, records: StoredCallRecord[], limit = HISTORY_LIMIT): Promise<string[]> {
  const tx = db.transaction(["calls", "details"], "readwrite");
  const calls = tx.objectStore("calls");
  const details = tx.objectStore("details");
  await Promise.all(records.flatMap((record) => [calls.put(record.summary), details.put(record.details)]));
  const pruned: string[] = [];
  let excess = (await calls.count()) - limit;
  let cursor = excess > 0 ? await calls.index("startedAt").openCursor() : null;
  while (cursor && excess > 0) {
    pruned.push(cursor.primaryKey);
    await details.delete(cursor.primaryKey);
    await cursor.delete();
    excess--;
    cursor = await cursor.continue();
  }
  await tx.done;
  return pruned;
}

/** Every call's summary, newest first. */
export async function listCalls(db: HistoryDb): Promise<CallSummary[]> {
  const all = await db.getAllFromIndex("calls", "startedAt");
  return all.reverse();
}

export async function getCallDetails(db: HistoryDb, id: string): Promise<CallDetails | undefined> {
  const stored = await db.get("details", id);
  if (!stored || !isStoredText(stored.events)) return stored as CallDetails | undefined;
  return { ...stored, events: await fromStoredText(stored.events) };
}

export async function clearCalls(db: HistoryDb): Promise<void> {
  const tx = db.transaction(["calls", "details"], "readwrite");
  await Promise.all([tx.objectStore("calls").clear(), tx.objectStore("details").clear(), tx.done]);
}
