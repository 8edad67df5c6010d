// The history table's logic: per-call figures, sorting by any column, and totals.
import { callCost, tokenCounts, type Cost, type TokenCounts } from "@/lib/usage/pricing";
import { CATALOGUE_LOOKUP, type ModelLookup } from "@/lib/models/lookup";
import { outputTokensPerSecond } from "@/lib/usage/format";
import type { CallSummary } from "./record";

export interface CallRow {
  call: CallSummary;
  tokens: TokenCounts;
  cost: Cost;
  tokensPerSecond: number | null;
}

/** A call priced at its model's prices here: the catalogue's, or the upstream profile's. */
export function toRow(call: CallSummary, models: ModelLookup = CATALOGUE_LOOKUP): CallRow {
  return {
    call,
    tokens: tokenCounts(call.usage),
    cost: callCost(call.usage, models.prices(call.model)),
    tokensPerSecond: outputTokensPerSecond(call.usage.output_tokens ?? undefined, call.firstTokenMs, call.totalMs),
  };
}

export function toRows(calls: CallSummary[], models: ModelLookup = CATALOGUE_LOOKUP): CallRow[] {
  return calls.map((call) => toRow(call, models));
}

export type SortColumn =
  | "time"
  | "model"
  | "input"
  | "cacheWrite"
  | "cacheRead"
  | "output"
  | "cost"
  | "ttft"
  | "total"
  | "status";
export type SortDirection = "ascending" | "descending";

const SORT_VALUE: Record<SortColumn, (row: CallRow) => number | string | null> = {
  time: (r) => r.call.startedAt,
  model: (r) => r.call.model,
  input: (r) => r.tokens.input,
  cacheWrite: (r) => r.tokens.cacheWrite5m + r.tokens.cacheWrite1h,
  cacheRead: (r) => r.tokens.cacheRead,
  output: (r) => r.tokens.output,
  cost: (r) => (r.cost.known ? r.cost.usd : null),
  ttft: (r) => r.call.firstTokenMs ?? null,
  total: (r) => r.call.totalMs ?? null,
  status: (r) => r.call.status,
};

/** A stable sort; rows without a value (an unknown cost, a failed call's timing) go last either way. */
export function sortRows(rows: CallRow[], column: SortColumn, direction: SortDirection): CallRow[] {
  const value = SORT_VALUE[column];
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
      const order = typeof a.v === "string" ? a.v.localeCompare(b.v as string) : a.v - (b.v as number);
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map(({ row }) => row);
}

export interface Totals {
  calls: number;
  tokens: TokenCounts;
  /** Sum of the costs that are known. */
  knownUsd: number;
  /** Calls whose cost is unknown: the total is then a lower bound and says so. */
  unknownCost: number;
  /** Calls whose output tokens are an estimate (the stream ended before the API reported them). */
  estimatedOutput: number;
}

export function totals(rows: CallRow[]): Totals {
  const sum: Totals = {
    calls: rows.length,
    tokens: { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 },
    knownUsd: 0,
    unknownCost: 0,
    estimatedOutput: 0,
  };
  for (const row of rows) {
    for (const kind of Object.keys(sum.tokens) as (keyof TokenCounts)[]) sum.tokens[kind] += row.tokens[kind];
    if (row.cost.known) sum.knownUsd += row.cost.usd;
    else sum.unknownCost++;
    if (row.call.outputEstimated) sum.estimatedOutput++;
  }
  return sum;
}

/** A call's place in a run of many, as the table says it: "Run 3 · variant 2 (Terse) · case 4 · repeat 2 · attempt 2". */
export function tagsText(call: CallSummary): string {
  const tags = call.tags;
  if (!tags) return "";
  return [
    `Run ${tags.batchNumber}`,
    `variant ${tags.variant}${tags.variantName ? ` (${tags.variantName})` : ""}`,
    tags.testCase ? `case ${tags.testCase}` : "",
    tags.repeat ? `repeat ${tags.repeat}` : "",
    tags.attempt ? `attempt ${tags.attempt}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** The runs of many calls in these calls, newest first: id and number. */
export function batchesOf(calls: CallSummary[]): { id: string; number: number }[] {
  const seen = new Map<string, number>();
  for (const call of calls)
    if (call.tags && !seen.has(call.tags.batch)) seen.set(call.tags.batch, call.tags.batchNumber);
  return [...seen].map(([id, number]) => ({ id, number }));
}
