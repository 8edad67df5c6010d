// The Traffic view's plain parts: the query a filter makes, a client's short name, and the exports of selected calls.
import { toCsv } from "@/lib/usage/csv";
import type { RecordedCall, RecordedCallSummary, TrafficFilter } from "./types";

export function trafficQuery(filter: TrafficFilter, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filter, ...extra }))
    if (value !== undefined && value !== "") params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

const KNOWN_CLIENTS: [RegExp, string][] = [
  [/^Anthropic\/JS ([\d.]+)/i, "Anthropic SDK (JS) $1"],
  [/^Anthropic\/Python ([\d.]+)/i, "Anthropic SDK (Python) $1"],
  [/\bai-sdk\b|\bai\/[\d.]+/i, "AI SDK"],
  [/langchain/i, "LangChain"],
  [/^curl\/([\d.]+)/i, "curl $1"],
  [/^python-httpx/i, "Python httpx"],
  [/^node(-fetch)?\b|^undici/i, "Node.js"],
  [/Chrome\/|Firefox\/|Safari\//, "Browser"],
];

/** A short name for a user-agent: the SDK or tool it names, or its first word. */
export function clientName(userAgent: string | null): string {
  if (!userAgent) return "unknown";
  for (const [pattern, name] of KNOWN_CLIENTS) {
    const match = pattern.exec(userAgent);
    if (match) return name.replace("$1", match[1] ?? "").trim();
  }
  return userAgent.split(/[\s;(]/)[0].slice(0, 40) || "unknown";
}

/** JSON Lines: one whole call per line (for a script). */
export function trafficJsonl(calls: readonly RecordedCall[]): string {
  return calls.map((call) => JSON.stringify(call)).join("\n") + (calls.length ? "\n" : "");
}

export const TRAFFIC_CSV_HEADER = [
  "started_at",
  "id",
  "client",
  "user_agent",
  "model",
  "status",
  "stream",
  "stop_reason",
  "error_type",
  "input_tokens",
  "cache_read_tokens",
  "cache_write_tokens",
  "output_tokens",
  "cost_usd",
  "first_byte_ms",
  "first_token_ms",
  "total_ms",
  "attempts",
  "key_source",
  "request_id",
];

/** CSV: one row per call (for a spreadsheet). */
export function trafficCsv(calls: readonly RecordedCallSummary[]): string {
  return toCsv(
    TRAFFIC_CSV_HEADER,
    calls.map((c) => [
      new Date(c.startedAt).toISOString(),
      c.id,
      clientName(c.userAgent),
      c.userAgent ?? "",
      c.model ?? "",
      c.status,
      c.stream,
      c.stopReason ?? "",
      c.errorType ?? "",
      c.usage?.input_tokens ?? "",
      c.usage?.cache_read_input_tokens ?? "",
      c.usage?.cache_creation_input_tokens ?? "",
      c.usage?.output_tokens ?? "",
      c.costUsd ?? "",
      c.firstByteMs ?? "",
      c.firstTokenMs ?? "",
      c.totalMs ?? "",
      c.attempts ?? "",
      c.keySource ?? "",
      c.requestId ?? "",
    ]),
  );
}
