import "fake-indexeddb/auto";
import { deleteDB } from "idb";
import { afterEach, describe, expect, it } from "vitest";
import {
  addCall,
  addCalls,
  clearCalls,
  getCallDetails,
  HISTORY_DB_NAME,
  listCalls,
  openHistory,
  type HistoryDb,
} from "./history-db";
import { packEvents } from "@/lib/stream/event-log";
import { recordedEvents, type CallRecord } from "./record";
import { toStoredText } from "./stored-text";

function record(id: string, startedAt: number, output = 10): CallRecord {
  return {
    summary: {
      id,
      startedAt,
      model: "claude-opus-4-6",
      status: "done",
      stopReason: "end_turn",
      usage: { input_tokens: 5, output_tokens: output },
      breakpoints: 0,
    },
    details: {
      id,
      request: { model: "claude-opus-4-6", max_tokens: 64, messages: [{ role: "user", content: `hi ${id}` }] },
      events: { text: ['event: message_stop\ndata: {"type":"message_stop"}\n\n'], at: [12] },
    },
  };
}

let open: HistoryDb[] = [];
const connect = async () => {
  const db = await openHistory();
  open.push(db);
  return db;
};

afterEach(async () => {
  for (const db of open) db.close();
  open = [];
  await deleteDB(HISTORY_DB_NAME);
});

describe("history storage", () => {
  it("lists calls newest first and keeps their details apart", async () => {
    const db = await connect();
    await addCall(db, record("a", 1000));
    await addCall(db, record("c", 3000));
    await addCall(db, record("b", 2000));
    expect((await listCalls(db)).map((c) => c.id)).toEqual(["c", "b", "a"]);
    expect((await listCalls(db))[0]).not.toHaveProperty("request");
    const details = await getCallDetails(db, "b");
    expect(details?.request.messages).toEqual([{ role: "user", content: "hi b" }]);
    expect(recordedEvents(details!)[0].name).toBe("message_stop");
  });

  it("reads events saved packed or as a list (records from before) as well as those saved as the stream's text", async () => {
    const db = await connect();
    const events = [
      { name: "message_start", at: 3, raw: "{}" },
      { name: "message_stop", at: 12, raw: '{"type":"message_stop"}' },
    ];
    const packed = record("packed", 1);
    packed.details.events = packEvents(events);
    await addCall(db, packed);
    const listed = record("listed", 2);
    listed.details.events = [{ name: "message_stop", at: 12, raw: '{"type":"message_stop"}' }];
    await addCall(db, listed);
    await addCall(db, record("text", 3));
    expect(recordedEvents((await getCallDetails(db, "text"))!)).toEqual([
      { name: "message_stop", at: 12, raw: '{"type":"message_stop"}' },
    ]);
    expect(recordedEvents((await getCallDetails(db, "packed"))!)).toEqual(events);
    expect(recordedEvents((await getCallDetails(db, "listed"))!)).toEqual([
      { name: "message_stop", at: 12, raw: '{"type":"message_stop"}' },
    ]);
  });

  it("stores the stream's text as a Blob and reads it back as the text", async () => {
    const db = await connect();
    const saved = { text: ['event: message_stop\ndata: {"type":"message_stop"}', "\n\n"], at: [12, 13] };
    const { summary, details } = record("blob", 4);
    await addCall(db, { summary, details: { ...details, events: await toStoredText(saved, async () => {}) } });
    const read = await getCallDetails(db, "blob");
    expect(read?.events).toEqual(saved);
    // The event ends with the chunk that came at 13 ms.
    expect(recordedEvents(read!)).toEqual([{ name: "message_stop", at: 13, raw: '{"type":"message_stop"}' }]);
  });

  it("keeps calls across connections (what a reload does)", async () => {
    const first = await connect();
    await addCall(first, record("kept", 5));
    first.close();
    const second = await connect();
    expect((await listCalls(second)).map((c) => c.id)).toEqual(["kept"]);
  });

  it("prunes the oldest calls, summary and details, past the limit", async () => {
    const db = await connect();
    for (let i = 1; i <= 3; i++) expect(await addCall(db, record(`c${i}`, i * 10), 3)).toEqual([]);
    expect(await addCall(db, record("c4", 40), 3)).toEqual(["c1"]);
    expect((await listCalls(db)).map((c) => c.id)).toEqual(["c4", "c3", "c2"]);
    expect(await getCallDetails(db, "c1")).toBeUndefined();
    expect(await addCall(db, record("c5", 50), 2)).toEqual(["c2", "c3"]);
    expect((await listCalls(db)).map((c) => c.id)).toEqual(["c5", "c4"]);
    expect(await getCallDetails(db, "c4")).toBeDefined();
  });

  it("replaces a call stored twice under the same id, and clears everything", async () => {
    const db = await connect();
    await addCall(db, record("x", 1, 10));
    await addCall(db, record("x", 1, 99));
    const calls = await listCalls(db);
    expect(calls).toHaveLength(1);
    expect(calls[0].usage.output_tokens).toBe(99);
    await clearCalls(db);
    expect(await listCalls(db)).toEqual([]);
    expect(await getCallDetails(db, "x")).toBeUndefined();
  });

  it("stores a batch's calls in one go, pruning the oldest past the limit", async () => {
    const db = await connect();
    await addCall(db, record("old", 1));
    const pruned = await addCalls(db, [record("x", 10), record("y", 20), record("z", 30)], 3);
    expect(pruned).toEqual(["old"]);
    expect((await listCalls(db)).map((c) => c.id)).toEqual(["z", "y", "x"]);
    expect((await getCallDetails(db, "y"))?.request.messages).toEqual([{ role: "user", content: "hi y" }]);
  });
});
