// The browser side of history: one lazily opened database, and the actions the UI calls.
// Every failure (private mode, quota, a blocked upgrade) degrades to a message; calls still run.
import { addCalls, clearCalls, getCallDetails, listCalls, openHistory, type HistoryDb } from "./history-db";
import { isSseText, type CallDetails, type CallRecord, type CallSummary } from "./record";
import { isLongText, toStoredText } from "./stored-text";

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

/** Calls being stored: their details are read once stored. */
const saving = new Map<string, Promise<unknown>>();

/** Stores calls together; returns the ids pruned to stay under the limit. A long reply's stream text is made a Blob a
 * slice at a time, `pause` awaited between slices (stored-text.ts says why); a short one is stored as it is. */
export function saveCalls(records: CallRecord[], pause: () => Promise<void>): Promise<string[]> {
  const saved = (async () => {
    const stored = [];
    for (const { summary, details } of records) {
      const { events } = details;
      const long = isSseText(events) && isLongText(events);
      stored.push({ summary, details: { ...details, events: long ? await toStoredText(events, pause) : events } });
    }
    return addCalls(await db(), stored);
  })();
  const settled = saved.catch(() => {});
  for (const { summary } of records) saving.set(summary.id, settled);
  void settled.then(() => {
    for (const { summary } of records) if (saving.get(summary.id) === settled) saving.delete(summary.id);
  });
  return saved;
}

export async function loadCallDetails(id: string): Promise<CallDetails | undefined> {
  await saving.get(id);
  return getCallDetails(await db(), id);
}

export async function clearHistory(): Promise<void> {
  await clearCalls(await db());
}

export async function loadAllCalls(
  summaries: CallSummary[],
): Promise<{ summary: CallSummary; details?: CallDetails }[]> {
  const handle = await db();
  await Promise.all(summaries.map((summary) => saving.get(summary.id)));
  return Promise.all(
    summaries.map(async (summary) => ({ summary, details: await getCallDetails(handle, summary.id) })),
  );
}
