import "server-only";

import type {
  RecordedCall,
  RecordedCallSummary,
  TrafficFilter,
  TrafficPage,
  TrafficStats,
  UnreadableCall,
} from "@/lib/traffic/types";
import { type Database, join, type Queryable, sql } from "../storage";
import type { Sql } from "../storage/sql";

// The traffic log's table (migration "traffic"): the columns that filters and totals read, and the call itself as JSON
// text (its summary, and its bodies apart, so that a list never reads a body). `schema` is the JSON's shape: a row of
// another shape still lists, and says why it cannot open.

/** The shape of the JSON this code writes and reads. */
export const TRAFFIC_SCHEMA = 1;
const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_PAGE = 200;

type Row = {
  id: string;
  started_at: number | string;
  schema: number;
  summary: string;
  body?: string;
};

export type ListedCall = TrafficPage["calls"][number];

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function where(filter: TrafficFilter, before?: string): Sql {
  const parts: Sql[] = [];
  if (before) parts.push(sql`id < ${before}`);
  if (filter.model) parts.push(sql`model = ${filter.model}`);
  if (filter.status === "ok") parts.push(sql`status >= 200 AND status < 300`);
  else if (filter.status === "error") parts.push(sql`(status < 200 OR status >= 300)`);
  else if (filter.status && /^\d{3}$/.test(filter.status)) parts.push(sql`status = ${Number(filter.status)}`);
  if (filter.client)
    parts.push(sql`lower(user_agent) LIKE ${`%${escapeLike(filter.client.toLowerCase())}%`} ESCAPE '\\'`);
  if (filter.q) parts.push(sql`lower(body) LIKE ${`%${escapeLike(filter.q.toLowerCase())}%`} ESCAPE '\\'`);
  if (filter.from !== undefined) parts.push(sql`started_at >= ${filter.from}`);
  if (filter.to !== undefined) parts.push(sql`started_at < ${filter.to}`);
  return parts.length ? sql`WHERE ${join(parts, " AND ")}` : sql``;
}

function listed(row: Row): ListedCall {
  const startedAt = Number(row.started_at);
  if (row.schema !== TRAFFIC_SCHEMA) return { id: row.id, startedAt, unreadable: unreadableReason(row.schema) };
  try {
    return JSON.parse(row.summary) as RecordedCallSummary;
  } catch {
    return { id: row.id, startedAt, unreadable: "Its stored summary is not valid JSON." };
  }
}

const unreadableReason = (schema: number) =>
  `It was stored in format ${schema} (this version reads format ${TRAFFIC_SCHEMA}), so it cannot be opened here.`;

export class TrafficStore {
  constructor(readonly db: Database) {}

  /** Stores calls in one transaction. */
  async add(calls: readonly RecordedCall[]): Promise<void> {
    if (calls.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const call of calls) await insert(tx, call);
    });
  }

  async list(filter: TrafficFilter, options: { cursor?: string; limit?: number } = {}): Promise<TrafficPage> {
    const limit = Math.max(1, Math.min(MAX_PAGE, Math.floor(options.limit ?? 50)));
    const rows = await this.db.all<Row>(
      sql`SELECT id, started_at, schema, summary FROM traffic ${where(filter, options.cursor)} ORDER BY id DESC LIMIT ${limit + 1}`,
    );
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    return { calls: page.map(listed), nextCursor: more ? page[page.length - 1].id : null };
  }

  async get(id: string): Promise<RecordedCall | UnreadableCall | undefined> {
    const rows = await this.db.all<Row>(
      sql`SELECT id, started_at, schema, summary, body FROM traffic WHERE id = ${id}`,
    );
    const row = rows[0];
    if (!row) return undefined;
    if (row.schema !== TRAFFIC_SCHEMA) return { id, unreadable: unreadableReason(row.schema) };
    try {
      return { ...(JSON.parse(row.summary) as RecordedCallSummary), ...JSON.parse(row.body ?? "") } as RecordedCall;
    } catch {
      return { id, unreadable: "Its stored JSON does not parse, so it cannot be opened." };
    }
  }

  async stats(filter: TrafficFilter, buckets = 24, now = Date.now()): Promise<TrafficStats> {
    const condition = where(filter);
    const [totals] = await this.db.all<Record<string, number | string | null>>(sql`
      SELECT count(*) AS calls,
        sum(CASE WHEN status >= 200 AND status < 300 THEN 0 ELSE 1 END) AS errors,
        sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, sum(cost_usd) AS cost_usd,
        min(started_at) AS first, max(started_at) AS last
      FROM traffic ${condition}`);
    const from = filter.from ?? Number(totals.first ?? now);
    const to = filter.to ?? Math.max(now, Number(totals.last ?? now) + 1);
    const count = Math.max(1, Math.min(200, Math.floor(buckets)));
    const bucketMs = Math.max(1000, Math.ceil((to - from) / count));
    const series = await this.db.all<Record<string, number | string | null>>(sql`
      SELECT CAST((started_at - ${from}) / ${bucketMs} AS INTEGER) AS bucket, count(*) AS calls,
        sum(CASE WHEN status >= 200 AND status < 300 THEN 0 ELSE 1 END) AS errors,
        sum(input_tokens + output_tokens) AS tokens, sum(cost_usd) AS cost_usd
      FROM traffic ${condition} GROUP BY 1 ORDER BY 1`);
    const byBucket = new Map(series.map((row) => [Math.floor(Number(row.bucket)), row]));
    const n = Number;
    return {
      totals: {
        calls: n(totals.calls ?? 0),
        errors: n(totals.errors ?? 0),
        inputTokens: n(totals.input_tokens ?? 0),
        outputTokens: n(totals.output_tokens ?? 0),
        costUsd: n(totals.cost_usd ?? 0),
      },
      buckets: Array.from({ length: Math.ceil((to - from) / bucketMs) || 1 }, (_, i) => {
        const row = byBucket.get(i);
        return {
          start: from + i * bucketMs,
          calls: n(row?.calls ?? 0),
          errors: n(row?.errors ?? 0),
          tokens: n(row?.tokens ?? 0),
          costUsd: n(row?.cost_usd ?? 0),
        };
      }),
      bucketMs,
    };
  }

  async clear(): Promise<number> {
    return this.db.run(sql`DELETE FROM traffic`);
  }

  async count(): Promise<number> {
    const rows = await this.db.all<{ n: number | string }>(sql`SELECT count(*) AS n FROM traffic`);
    return Number(rows[0].n);
  }

  /** Keeps the newest `maxCalls` calls younger than `maxDays`; returns how many went. */
  async prune(maxDays: number, maxCalls: number, now = Date.now()): Promise<number> {
    let removed = 0;
    if (maxDays > 0)
      removed += await this.db.run(sql`DELETE FROM traffic WHERE started_at < ${now - maxDays * DAY_MS}`);
    if (maxCalls > 0) {
      const edge = await this.db.all<{ id: string }>(
        sql`SELECT id FROM traffic ORDER BY id DESC LIMIT 1 OFFSET ${maxCalls}`,
      );
      if (edge[0]) removed += await this.db.run(sql`DELETE FROM traffic WHERE id <= ${edge[0].id}`);
    }
    return removed;
  }
}

async function insert(tx: Queryable, call: RecordedCall): Promise<void> {
  const { request, requestText, betas, response, ...summary } = call;
  const usage = summary.usage;
  const inputTokens =
    (usage?.input_tokens ?? 0) + (usage?.cache_read_input_tokens ?? 0) + (usage?.cache_creation_input_tokens ?? 0);
  await tx.run(sql`
    INSERT INTO traffic (id, started_at, status, model, user_agent, input_tokens, output_tokens, cost_usd, schema, summary, body)
    VALUES (${call.id}, ${call.startedAt}, ${call.status}, ${call.model}, ${call.userAgent}, ${inputTokens},
      ${usage?.output_tokens ?? 0}, ${call.costUsd}, ${TRAFFIC_SCHEMA}, ${JSON.stringify(summary)},
      ${JSON.stringify({ request, requestText, betas, response })})
    ON CONFLICT (id) DO NOTHING`);
}
