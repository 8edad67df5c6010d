import "server-only";

import type { ModelPrices } from "@/lib/models/types";
import type { Usage } from "@/lib/messages/types";
import { KEY_PATTERN_GLOBAL } from "@/lib/presets/secrets";
import { eventData } from "@/lib/traffic/event-data";
import type { RecordedCall, RecordedCallSummary, RecordedEvent, RecordedResponse } from "@/lib/traffic/types";
import { callCost } from "@/lib/usage/pricing";
import type { CapturedCall } from "./capture";

// A captured call made into a recorded one, after its response has ended: the stream split into its events (each at
// the time the write that completed it arrived), the usage, stop reason and error read from them as the SDK reads
// them, the cost at the upstream's prices, and every key-like string masked before anything is stored.

export interface BuildOptions {
  prices: (model: string) => ModelPrices | null;
  /** Keys this server holds or was handed for this call: masked wherever they appear, whatever their shape. */
  secrets: readonly (string | undefined)[];
}

/** Replaces anything shaped like a key, and the given secrets, in a text. */
export function maskKeys(text: string, secrets: readonly (string | undefined)[]): string {
  // Most texts hold nothing to mask: a search is far cheaper than a replace.
  if (!text.includes("sk-ant-") && !secrets.some((secret) => secret && secret.length >= 8 && text.includes(secret)))
    return text;
  let out = text.replace(KEY_PATTERN_GLOBAL, (key) => `${key.slice(0, 10)}…[masked]`);
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join("[masked]");
  return out;
}

const decoder = () => new TextDecoder("utf-8");

/** The stream's events, each with the arrival of the write that completed it. A last event without its blank line is
 * kept too (a stream cut short). */
export function splitEvents(chunks: readonly Uint8Array[], times: readonly number[]): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  const text = decoder();
  let pending = "";
  chunks.forEach((chunk, i) => {
    pending += text.decode(chunk, { stream: true });
    const parts = pending.split(/\r?\n\r?\n|\r\r/);
    pending = parts.pop() ?? "";
    for (const part of parts) if (part.trim()) events.push({ at: Math.round(times[i] * 10) / 10, text: part });
  });
  pending += text.decode();
  if (pending.trim()) events.push({ at: Math.round((times.at(-1) ?? 0) * 10) / 10, text: pending.trimEnd() });
  return events;
}

interface ReplyFacts {
  model: string | null;
  stopReason: string | null;
  usage: Usage | null;
  errorType: string | null;
  errorMessage: string | null;
  firstTokenMs: number | null;
}

const noFacts = (): ReplyFacts => ({
  model: null,
  stopReason: null,
  usage: null,
  errorType: null,
  errorMessage: null,
  firstTokenMs: null,
});

/** The event's name from its `event:` line, without parsing its data. */
function eventName(text: string): string | undefined {
  if (!text.startsWith("event:")) return undefined;
  const end = text.indexOf("\n");
  return text.slice(6, end < 0 ? undefined : end).trim();
}

/** Events whose data say how the reply went; the rest (its deltas, most of a stream) are not parsed. */
const TOLD = new Set(["message_start", "message_delta", "error"]);
const FIRST_TOKEN = /"type":\s*"(text_delta|thinking_delta|input_json_delta|citations_delta)"/;

/**
 * The reply's model, usage, stop reason and error, as the SDK accumulates them (message_start's usage, then each
 * message_delta's), reading only the few events that carry them; the first token is the first content delta.
 */
function factsOfEvents(events: readonly RecordedEvent[]): ReplyFacts {
  const facts = noFacts();
  for (const event of events) {
    const name = eventName(event.text);
    if (name === "content_block_delta") {
      if (facts.firstTokenMs === null && FIRST_TOKEN.test(event.text)) facts.firstTokenMs = event.at;
      continue;
    }
    if (name !== undefined && !TOLD.has(name)) continue;
    const data = eventData(event.text) as
      | {
          type?: string;
          message?: { model?: string; usage?: Usage; stop_reason?: string | null };
          delta?: { stop_reason?: string | null };
          usage?: Partial<Usage>;
          error?: { type?: string; message?: string };
        }
      | undefined;
    if (!data) continue;
    if (data.type === "message_start" && data.message) {
      facts.model = data.message.model ?? facts.model;
      facts.usage = data.message.usage ? { ...data.message.usage } : facts.usage;
      facts.stopReason = data.message.stop_reason ?? facts.stopReason;
    } else if (data.type === "message_delta") {
      facts.stopReason = data.delta?.stop_reason ?? facts.stopReason;
      if (data.usage) {
        const merged = { ...(facts.usage ?? {}) } as Record<string, unknown>;
        for (const [key, value] of Object.entries(data.usage))
          if (value !== null && value !== undefined) merged[key] = value;
        facts.usage = merged as unknown as Usage;
      }
    } else if (data.type === "error") {
      facts.errorType = data.error?.type ?? "error";
      facts.errorMessage = data.error?.message ?? null;
    } else if (data.type === "content_block_delta" && facts.firstTokenMs === null && FIRST_TOKEN.test(event.text))
      facts.firstTokenMs = event.at;
  }
  return facts;
}

function factsOfJson(body: unknown): ReplyFacts {
  const value = body as {
    type?: string;
    model?: string;
    stop_reason?: string | null;
    usage?: Usage;
    error?: { type?: string; message?: string };
  };
  const isError = value?.type === "error";
  return {
    model: !isError && typeof value?.model === "string" ? value.model : null,
    stopReason: !isError ? (value?.stop_reason ?? null) : null,
    usage: !isError && value?.usage && typeof value.usage === "object" ? value.usage : null,
    errorType: isError ? (value.error?.type ?? "error") : null,
    errorMessage: isError ? (value.error?.message ?? null) : null,
    firstTokenMs: null,
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function joinChunks(chunks: readonly Uint8Array[]): string {
  const text = decoder();
  return chunks.map((chunk) => text.decode(chunk, { stream: true })).join("") + text.decode();
}

export function buildRecord(call: CapturedCall, options: BuildOptions): RecordedCall {
  const mask = (text: string) => maskKeys(text, options.secrets);

  let request: unknown | null = null;
  let requestText: string | null = null;
  if (call.requestBody) {
    const text = mask(new TextDecoder("utf-8").decode(call.requestBody));
    const parsed = call.requestTruncated ? { ok: false as const } : parseJson(text);
    if (parsed.ok) request = parsed.value;
    else requestText = text;
  }

  let response: RecordedResponse = { kind: "none" };
  let facts = noFacts();
  if (call.chunks.length > 0) {
    if (call.stream) {
      const events = splitEvents(call.chunks, call.times).map((event) => ({ ...event, text: mask(event.text) }));
      response = { kind: "events", events };
      facts = factsOfEvents(events);
    } else {
      const text = mask(joinChunks(call.chunks));
      const parsed = call.responseTruncated ? { ok: false as const } : parseJson(text);
      if (parsed.ok) {
        response = { kind: "json", body: parsed.value };
        facts = factsOfJson(parsed.value);
      } else response = { kind: "text", text };
    }
  }

  if (!facts.errorType && call.status >= 400)
    facts.errorType = call.status === 499 ? "client_closed" : `http_${call.status}`;
  if (!facts.errorType && !call.complete) {
    facts.errorType = "client_closed";
    facts.errorMessage = "The client went away before the response ended; what arrived is kept.";
  }

  const requestModel = (request as { model?: unknown } | null)?.model;
  const model = typeof requestModel === "string" ? requestModel : (call.requestModel ?? facts.model);
  const cost = facts.usage ? callCost(facts.usage, options.prices(facts.model ?? model ?? "")) : undefined;
  const summary: RecordedCallSummary = {
    id: call.id,
    startedAt: call.startedAt,
    route: call.route,
    method: call.method,
    status: call.status === 200 && !call.complete ? 499 : call.status,
    model: model ?? null,
    stream: call.stream,
    stopReason: facts.stopReason,
    errorType: facts.errorType,
    errorMessage: facts.errorMessage,
    usage: facts.usage,
    costUsd: cost?.known ? cost.usd : null,
    firstByteMs: call.firstByteMs === null ? null : Math.round(call.firstByteMs),
    firstTokenMs: facts.firstTokenMs === null ? null : Math.round(facts.firstTokenMs),
    totalMs: Math.round(call.totalMs),
    attempts: call.attempts,
    keySource: call.keySource,
    requestId: call.requestId,
    userAgent: call.userAgent,
    requestBytes: call.requestBytes,
    responseBytes: call.responseBytes,
    truncated: call.requestTruncated || call.responseTruncated,
    complete: call.complete,
  };
  return { ...summary, request, requestText, betas: call.betas, response };
}
