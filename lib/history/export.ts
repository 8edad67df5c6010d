// History exports: CSV with one row per call (for a spreadsheet), JSON with everything (for a script).
import { toCsv } from "@/lib/usage/csv";
import type { CallDetails, CallSummary } from "./record";
import type { CallRow } from "./table";

export const CSV_HEADER = [
  "started_at",
  "model",
  "status",
  "http_status",
  "stop_reason",
  "request_id",
  "key_source",
  "attempts",
  "input_tokens",
  "cache_write_5m_tokens",
  "cache_write_1h_tokens",
  "cache_read_tokens",
  "output_tokens",
  "output_tokens_estimated",
  "cost_usd",
  "time_to_first_token_ms",
  "total_ms",
  "output_tokens_per_s",
  "error",
  // A call of a run of many (variants, test cases, repeats): which run, variant, case, repeat and attempt.
  "run",
  "variant",
  "variant_name",
  "test_case",
  "repeat",
  "attempt",
];

const round = (value: number | undefined | null, digits: number) =>
  typeof value === "number" ? Number(value.toFixed(digits)) : null;

/** One row per call; an unknown cost is an empty cell, never zero. */
export function historyCsv(rows: CallRow[]): string {
  return toCsv(
    CSV_HEADER,
    rows.map(({ call, tokens, cost, tokensPerSecond }) => [
      new Date(call.startedAt).toISOString(),
      call.model,
      call.status,
      call.httpStatus,
      call.stopReason,
      call.requestId,
      call.keySource,
      call.attempts,
      tokens.input,
      tokens.cacheWrite5m,
      tokens.cacheWrite1h,
      tokens.cacheRead,
      tokens.output,
      call.outputEstimated === true,
      cost.known ? Number(cost.usd.toFixed(8)) : null,
      round(call.firstTokenMs, 1),
      round(call.totalMs, 1),
      round(tokensPerSecond, 2),
      call.errorMessage,
      call.tags?.batchNumber,
      call.tags?.variant,
      call.tags?.variantName,
      call.tags?.testCase,
      call.tags?.repeat,
      call.tags?.attempt,
    ]),
  );
}

export function historyJson(calls: { summary: CallSummary; details?: CallDetails }[]): string {
  return JSON.stringify({ format: "messages-playground-history", version: 1, calls }, null, 2);
}
