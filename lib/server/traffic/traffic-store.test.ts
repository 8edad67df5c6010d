import { afterAll, describe, expect, it } from "vitest";
import { databaseCases } from "@/lib/testing/databases";
import type { RecordedCall } from "@/lib/traffic/types";
import { sql } from "../storage";
import { trafficId } from "./capture";
import { TrafficStore } from "./traffic-store";

const DAY = 24 * 60 * 60 * 1000;
const cases = await databaseCases();
afterAll(() => Promise.all(cases.map((c) => c.cleanup())));

let clock = Date.UTC(2026, 11, 1);
function call(overrides: Partial<RecordedCall> = {}): RecordedCall {
  const startedAt = overrides.startedAt ?? (clock += 1000);
  return {
    id: trafficId(startedAt),
    startedAt,
    route: "/v1/messages",
    method: "POST",
    status: 200,
    model: "claude-opus-4-6",
    stream: true,
    stopReason: "end_turn",
    errorType: null,
    errorMessage: null,
    usage: { input_tokens: 10, output_tokens: 5 } as RecordedCall["usage"],
    costUsd: 0.001,
    firstByteMs: 3,
    firstTokenMs: 4,
    totalMs: 9,
    attempts: 1,
    keySource: "simulator",
    requestId: "req",
    userAgent: "Anthropic/JS 1.17.0",
    requestBytes: 10,
    responseBytes: 20,
    truncated: false,
    complete: true,
    request: { model: "claude-opus-4-6", messages: [{ role: "user", content: "Tell me about tides" }] },
    requestText: null,
    betas: ["message-threads-2026-08-12"],
    response: { kind: "events", events: [{ at: 4, text: "event: ping\ndata: {}" }] },
    ...overrides,
  };
}

describe.each(cases)("traffic store on $name", ({ open }) => {
  it("lists newest first by cursor, opens a call whole, and clears", async () => {
    const store = new TrafficStore(await open());
    const calls = Array.from({ length: 5 }, () => call());
    await store.add(calls.slice(0, 3));
    await store.add(calls.slice(3));
    const first = await store.list({}, { limit: 2 });
    expect(first.calls.map((c) => c.id)).toEqual([calls[4].id, calls[3].id]);
    const second = await store.list({}, { limit: 2, cursor: first.nextCursor! });
    expect(second.calls.map((c) => c.id)).toEqual([calls[2].id, calls[1].id]);
    const last = await store.list({}, { limit: 2, cursor: second.nextCursor! });
    expect(last).toEqual({ calls: [expect.objectContaining({ id: calls[0].id })], nextCursor: null });
    expect(await store.get(calls[2].id)).toEqual(calls[2]);
    expect(await store.get("nope")).toBeUndefined();
    expect(await store.clear()).toBe(5);
    expect(await store.count()).toBe(0);
    await store.db.close();
  });

  it("filters by model, status, client, text and time; totals and a series follow the filter", async () => {
    const store = new TrafficStore(await open());
    const base = clock;
    const a = call({ model: "claude-haiku-4-5", userAgent: "python-httpx/0.27" });
    const b = call({ status: 429, errorType: "rate_limit_error", usage: null, costUsd: null });
    const c = call({ request: { model: "claude-opus-4-6", messages: [{ role: "user", content: "50%_off PRICES" }] } });
    await store.add([a, b, c]);
    const ids = async (filter: Parameters<TrafficStore["list"]>[0]) =>
      (await store.list(filter)).calls.map((x) => x.id);
    expect(await ids({ model: "claude-haiku-4-5" })).toEqual([a.id]);
    expect(await ids({ status: "error" })).toEqual([b.id]);
    expect(await ids({ status: "429" })).toEqual([b.id]);
    expect(await ids({ status: "ok" })).toEqual([c.id, a.id]);
    expect(await ids({ client: "HTTPX" })).toEqual([a.id]);
    expect(await ids({ q: "50%_off prices" })).toEqual([c.id]);
    expect(await ids({ q: "%" })).toEqual([c.id]);
    expect(await ids({ from: b.startedAt, to: c.startedAt })).toEqual([b.id]);
    const stats = await store.stats({ status: "ok" }, 4, c.startedAt + 1);
    expect(stats.totals).toEqual({ calls: 2, errors: 0, inputTokens: 20, outputTokens: 10, costUsd: 0.002 });
    expect(stats.buckets.reduce((n, bucket) => n + bucket.calls, 0)).toBe(2);
    expect(stats.buckets[0].start).toBe(a.startedAt);
    expect(base).toBeLessThan(a.startedAt);
    await store.db.close();
  });

  it("prunes by age and by count, keeping the newest", async () => {
    const store = new TrafficStore(await open());
    const now = clock + 100 * DAY;
    const old = call({ startedAt: now - 8 * DAY });
    const recent = Array.from({ length: 4 }, (_, i) => call({ startedAt: now - (4 - i) * 1000 }));
    await store.add([old, ...recent]);
    expect(await store.prune(7, 3, now)).toBe(2);
    expect((await store.list({})).calls.map((c) => c.id)).toEqual(
      recent
        .slice(1)
        .reverse()
        .map((c) => c.id),
    );
    await store.db.close();
  });

  it("lists a row of another format and says why it cannot open", async () => {
    const store = new TrafficStore(await open());
    const kept = call();
    await store.add([kept]);
    await store.db.run(sql`UPDATE traffic SET schema = 0, body = ${"{broken"} WHERE id = ${kept.id}`);
    const listed = (await store.list({})).calls[0];
    expect(listed).toEqual({ id: kept.id, startedAt: kept.startedAt, unreadable: expect.stringContaining("format 0") });
    expect(await store.get(kept.id)).toEqual({ id: kept.id, unreadable: expect.stringContaining("format 0") });
    await store.db.close();
  });
});
