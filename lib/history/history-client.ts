// The browser side of history: one lazily opened database, and the actions the UI calls.
// Every failure (private mode, quota, a blocked upgrade) degrades to a message; calls still run.
import { addCalls, clearCalls, getCallDetails, listCalls, openHistory, type HistoryDb } from "./history-db";
import type { CallDetails, CallRecord, CallSummary } from "./record";

let database: Promise<HistoryDb> | null = null;

function db(): Promise<HistoryDb> {
  database ??= openHistory().catch((error) => {
    database = null;
    throw error;
  });
  return database;
}

export async function loadHistory(): Promise<CallSummary[]> {
  return listCalls(await db());
}

/** Stores calls together; returns the ids pruned to stay under the limit. */
export async function saveCalls(records: CallRecord[]): Promise<string[]> {
  return addCalls(await db(), records);
}

export async function loadCallDetails(id: string): Promise<CallDetails | undefined> {
  return getCallDetails(await db(), id);
}

export async function clearHistory(): Promise<void> {
  await clearCalls(await db());
}

export async function loadAllCalls(
  summaries: CallSummary[],
): Promise<{ summary: CallSummary; details?: CallDetails }[]> {
  const handle = await db();
  return Promise.all(
    summaries.map(async (summary) => ({ summary, details: await getCallDetails(handle, summary.id) })),
  );
}
