import type { Usage } from "@/lib/messages/types";

// The traffic log's contract, shared by the server that records and serves calls (lib/server/traffic,
// app/api/traffic) and the page that shows them (components/traffic). One type per idea: a call as listed,
// a call as opened, a page of the list, the filters and the feed's events.

/** Where the key of a recorded call came from. Never the key itself. */
export type TrafficKeySource = "server" | "user" | "simulator";

/** A recorded call as the list shows it (no bodies). */
export interface RecordedCallSummary {
  /** Sorts by time: newer ids sort after older ones. */
  id: string;
  /** When the request arrived (epoch ms). */
  startedAt: number;
  /** The API path called, e.g. `/v1/messages`. */
  route: string;
  method: string;
  /** The status sent to the client; 499 when the client went away first. */
  status: number;
  /** The model the request named (or the answer's, when the request could not be read). */
  model: string | null;
  stream: boolean;
  stopReason: string | null;
  /** The API error's type (`overloaded_error`, …) or `client_closed`, `invalid_json`, `body_too_large`. */
  errorType: string | null;
  errorMessage: string | null;
  usage: Usage | null;
  /** USD, null when the model's price is not known. */
  costUsd: number | null;
  /** Time to the response's first byte, to the first text/thinking/tool delta, and to its end (ms). */
  firstByteMs: number | null;
  firstTokenMs: number | null;
  totalMs: number | null;
  attempts: number | null;
  keySource: TrafficKeySource | null;
  requestId: string | null;
  /** The client's `user-agent` as sent (`client` filters match it by substring). */
  userAgent: string | null;
  requestBytes: number;
  responseBytes: number;
  /** A body was cut at the cap: what is stored is its beginning. */
  truncated: boolean;
  /** The response ended as the upstream ended it (false: aborted by the client, cut mid-stream). */
  complete: boolean;
}

/** One event of a recorded stream: its raw SSE text and when it arrived (ms after the request arrived). */
export interface RecordedEvent {
  at: number;
  /** The event as it passed, e.g. `event: message_start\ndata: {…}` (no trailing blank line). */
  text: string;
}

export type RecordedResponse =
  | { kind: "json"; body: unknown }
  | { kind: "events"; events: RecordedEvent[] }
  /** Not JSON and not a stream (an HTML error page from a gateway, a truncated JSON body). */
  | { kind: "text"; text: string }
  | { kind: "none" };

/** A recorded call as it opens: the summary and both bodies, keys masked. */
export interface RecordedCall extends RecordedCallSummary {
  /** The request body as the upstream received it (parsed JSON), or null when it was not JSON. */
  request: unknown | null;
  /** The body as text when it was not JSON (invalid JSON is recorded as what arrived). */
  requestText: string | null;
  /** The `anthropic-beta` values the call sent (header), so that opening it in the playground keeps them. */
  betas: string[];
  response: RecordedResponse;
}

/** What `GET /api/traffic/ID` answers for a stored call that no longer parses (an older or broken row). */
export interface UnreadableCall {
  id: string;
  unreadable: string;
}

export interface TrafficFilter {
  model?: string;
  /** `ok` (2xx), `error` (anything else), or one status code such as `429`. */
  status?: string;
  /** Substring of the user-agent, case-insensitive. */
  client?: string;
  /** Text searched in the request and response bodies (case-insensitive). */
  q?: string;
  /** Epoch ms, inclusive `from`, exclusive `to`. */
  from?: number;
  to?: number;
}

/** `GET /api/traffic?cursor=&limit=&…filter`: newest first. */
export interface TrafficPage {
  calls: (RecordedCallSummary | (Pick<RecordedCallSummary, "id" | "startedAt"> & { unreadable: string }))[];
  /** Pass back as `cursor` for the next (older) page; null at the end. */
  nextCursor: string | null;
}

/** `GET /api/traffic/stats?…filter&buckets=N`: totals of the calls the filter matches and a series over time. */
export interface TrafficStats {
  totals: { calls: number; errors: number; inputTokens: number; outputTokens: number; costUsd: number };
  buckets: { start: number; calls: number; errors: number; tokens: number; costUsd: number }[];
  bucketMs: number;
}

/** The live feed, `GET /api/traffic/feed` (server-sent events): `event: call` with a summary, `event: cleared`. */
export type TrafficFeedEvent = { type: "call"; call: RecordedCallSummary } | { type: "cleared" };
