// One call to /api/v1/messages from the browser: POST, parse the SSE stream incrementally,
// accumulate into a Message, and publish snapshots at most once per animation frame.
import { parseApiErrorBody } from "@/lib/messages/errors";
import type { RequestBody } from "@/lib/messages/types";
import { MessageAccumulator, type LiveMessage } from "./accumulate";
import { readSseEvents, type ParsedSseEvent } from "./sse";

export interface CallUpdate {
  message?: LiveMessage;
  firstTokenMs?: number;
}

export interface CallOutcome {
  status: "done" | "error" | "stopped";
  message?: LiveMessage;
  error?: { type: string; message: string; status?: number };
  httpStatus?: number;
  requestId?: string;
  keySource?: string;
  attempts?: number;
  firstTokenMs?: number;
  totalMs: number;
  events: ParsedSseEvent[];
}

export interface CallOptions {
  endpoint?: string;
  headers?: Record<string, string>;
  signal: AbortSignal;
  onUpdate: (update: CallUpdate) => void;
  /** Schedules a publish; a test may pass a synchronous one. */
  schedule?: (publish: () => void) => void;
}

const frameScheduler = (publish: () => void) =>
  typeof requestAnimationFrame === "function" ? requestAnimationFrame(publish) : setTimeout(publish, 16);

/** A copy the view can keep: blocks are copied so later deltas never mutate what React rendered. */
export function snapshot(message: LiveMessage): LiveMessage {
  return { ...message, usage: { ...message.usage }, content: message.content.map((b) => ({ ...b })) };
}

export async function runCall(body: RequestBody, options: CallOptions): Promise<CallOutcome> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const schedule = options.schedule ?? frameScheduler;
  const accumulator = new MessageAccumulator();
  const events: ParsedSseEvent[] = [];
  let firstTokenMs: number | undefined;
  let scheduled = false;
  let published = -1;
  const publish = () => {
    scheduled = false;
    if (!accumulator.message || published === accumulator.version) return;
    published = accumulator.version;
    options.onUpdate({ message: snapshot(accumulator.message), firstTokenMs });
  };

  let response: Response;
  try {
    response = await fetch(options.endpoint ?? "/api/v1/messages", {
      method: "POST",
      headers: { "content-type": "application/json", ...options.headers },
      body: JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal.aborted) return { status: "stopped", totalMs: elapsed(), events };
    return { status: "error", error: { type: "network_error", message: `The request could not be sent: ${(error as Error).message}` }, totalMs: elapsed(), events };
  }
  const meta = {
    httpStatus: response.status,
    requestId: response.headers.get("request-id") ?? undefined,
    keySource: response.headers.get("x-playground-key-source") ?? undefined,
    attempts: parseAttempts(response.headers.get("x-playground-attempts")),
  };

  if (!response.ok) {
    const text = await response.text().catch(() => "");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const apiError = parseApiErrorBody(parsed);
    const error = apiError
      ? { ...apiError.error, status: response.status }
      : { type: "http_error", message: `HTTP ${response.status}: ${text.slice(0, 200) || response.statusText}`, status: response.status };
    return { status: "error", error, ...meta, totalMs: elapsed(), events };
  }

  if (!response.headers.get("content-type")?.includes("text/event-stream")) {
    const message = (await response.json()) as LiveMessage;
    return { status: "done", message, ...meta, firstTokenMs: elapsed(), totalMs: elapsed(), events };
  }

  try {
    for await (const event of readSseEvents(response.body!, started)) {
      events.push(event);
      if (!event.data) continue;
      if (firstTokenMs === undefined && event.name === "content_block_delta") firstTokenMs = event.at;
      accumulator.apply(event.data);
      if (!scheduled) {
        scheduled = true;
        schedule(publish);
      }
    }
  } catch (error) {
    publish();
    if (options.signal.aborted) return { status: "stopped", message: accumulator.message, ...meta, firstTokenMs, totalMs: elapsed(), events };
    return {
      status: "error",
      message: accumulator.message,
      error: { type: "stream_error", message: `The connection dropped mid-stream: ${(error as Error).message}` },
      ...meta,
      firstTokenMs,
      totalMs: elapsed(),
      events,
    };
  }
  publish();
  const message = accumulator.message && snapshot(accumulator.message);
  if (accumulator.error) {
    return { status: "error", message, error: accumulator.error.error, ...meta, firstTokenMs, totalMs: elapsed(), events };
  }
  if (!events.some((e) => e.name === "message_stop")) {
    return { status: "error", message, error: { type: "stream_error", message: "The stream ended before the message was complete." }, ...meta, firstTokenMs, totalMs: elapsed(), events };
  }
  return { status: "done", message, ...meta, firstTokenMs, totalMs: elapsed(), events };
}

function parseAttempts(header: string | null): number | undefined {
  const value = Number(header);
  return header && Number.isInteger(value) && value > 0 ? value : undefined;
}
