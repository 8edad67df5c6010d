// A batch's results read as a person compares them: a reply as text, a cell's figures over its repeats (how many
// distinct replies, the latency's spread, tokens and cost, how often each tool was called), totals of a row or a
// column, and the whole grid as CSV (a row per call) or JSON.
import type { Message } from "@/lib/messages/types";
import { type Batch, type BatchCall, cellKey, FINISHED } from "@/lib/store/batch-slice";
import { variantLabel } from "@/lib/store/variants";
import { toCsv } from "@/lib/usage/csv";
import { tokenCounts } from "@/lib/usage/pricing";

/** The reply as one text: its text blocks as written, a tool call as `name {input}`, thinking left out. */
export function replyText(message: Pick<Message, "content"> | undefined): string {
  if (!message) return "";
  return message.content
    .map((block) => {
      if (block.type === "text") return block.text;
      if (block.type === "tool_use" || block.type === "server_tool_use")
        return `${block.name} ${JSON.stringify(block.input)}`;
      return "";
    })
    .filter(Boolean)
    .join("\n");
}

/** The tools a reply called, by name. */
function toolCalls(message: Message | undefined): string[] {
  return (message?.content ?? []).flatMap((b) =>
    b.type === "tool_use" || b.type === "server_tool_use" ? [b.name] : [],
  );
}

export interface Figures {
  /** Calls that ended, and those of them that failed. */
  calls: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  /** The known cost, and how many calls have none. */
  costUsd: number;
  unknownCost: number;
  totalMs: number;
}

export interface CellStats extends Figures {
  /** How many different replies came back (the same text and the same tool calls count as one). */
  distinct: number;
  latency?: { min: number; median: number; max: number };
  /** How often each tool was called, over the repeats. */
  tools: Record<string, number>;
}

export function figures(calls: readonly BatchCall[]): Figures {
  const sum: Figures = { calls: 0, errors: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, unknownCost: 0, totalMs: 0 };
  for (const call of calls) {
    if (!FINISHED.has(call.status)) continue;
    sum.calls++;
    if (call.status === "error") sum.errors++;
    const tokens = call.usage ? tokenCounts(call.usage) : undefined;
    sum.inputTokens += tokens ? tokens.input + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead : 0;
    sum.outputTokens += tokens?.output ?? 0;
    if (call.costUsd === null) sum.unknownCost++;
    else sum.costUsd += call.costUsd ?? 0;
    sum.totalMs += call.totalMs ?? 0;
  }
  return sum;
}

export function cellStats(calls: readonly BatchCall[]): CellStats {
  const ended = calls.filter((c) => FINISHED.has(c.status));
  const times = ended
    .filter((c) => c.status === "done" && c.totalMs !== undefined)
    .map((c) => c.totalMs!)
    .sort((a, b) => a - b);
  const tools: Record<string, number> = {};
  for (const call of ended) for (const name of toolCalls(call.message)) tools[name] = (tools[name] ?? 0) + 1;
  const replies = ended.filter((c) => c.message).map((c) => replyText(c.message).trim());
  return {
    ...figures(calls),
    distinct: new Set(replies).size,
    latency: times.length
      ? { min: times[0], median: times[Math.floor((times.length - 1) / 2)], max: times[times.length - 1] }
      : undefined,
    tools,
  };
}

/** Every call of a row (a test case) or a column (a variant). */
export function rowCalls(batch: Batch, testCase: number): BatchCall[] {
  return batch.variants.flatMap((_, variant) => batch.cells[cellKey(testCase, variant)] ?? []);
}

export function columnCalls(batch: Batch, variant: number): BatchCall[] {
  const rows = Math.max(1, batch.testCases?.length ?? 0);
  return Array.from({ length: rows }, (_, row) => batch.cells[cellKey(row, variant)] ?? []).flat();
}

const CSV_HEADER = [
  "run",
  "test_case",
  "variant",
  "variant_name",
  "model",
  "repeat",
  "status",
  "reply",
  "stop_reason",
  "input_tokens",
  "output_tokens",
  "cost_usd",
  "time_to_first_token_ms",
  "total_ms",
  "tools_called",
  "error",
];

/** A row per call: the test case's values as columns of their own after the fixed ones. Model output is data here:
 * toCsv keeps any cell that a spreadsheet would run as a formula as text. */
export function resultsCsv(batch: Batch): string {
  const columns = [...new Set((batch.testCases ?? []).flatMap((c) => Object.keys(c.values)))];
  const rows = [];
  const cases = batch.testCases ?? [undefined];
  for (const [row, testCase] of cases.entries())
    for (const [index, variant] of batch.variants.entries())
      for (const [repeat, call] of (batch.cells[cellKey(row, index)] ?? []).entries()) {
        const tokens = call.usage ? tokenCounts(call.usage) : undefined;
        rows.push([
          batch.number,
          testCase ? row + 1 : null,
          index + 1,
          variantLabel(variant, index),
          variant.request.model,
          repeat + 1,
          call.status,
          replyText(call.message),
          call.message?.stop_reason ?? null,
          tokens ? tokens.input + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead : null,
          tokens?.output ?? null,
          typeof call.costUsd === "number" ? Number(call.costUsd.toFixed(8)) : null,
          call.firstTokenMs === undefined ? null : Math.round(call.firstTokenMs),
          call.totalMs === undefined ? null : Math.round(call.totalMs),
          toolCalls(call.message).join(" "),
          call.error ? `${call.error.type}: ${call.error.message}` : null,
          ...columns.map((name) => testCase?.values[name] ?? null),
        ]);
      }
  return toCsv([...CSV_HEADER, ...columns], rows);
}

/** Everything: what ran (the variants' requests, the values, the test cases) and every call's reply and figures. */
export function resultsJson(batch: Batch): string {
  return JSON.stringify({ format: "messages-playground-results", version: 1, ...batch }, null, 2);
}
