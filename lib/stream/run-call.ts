// One call to /api/v1/messages from the browser: POST, parse the SSE stream incrementally,
// accumulate into a Message, and publish snapshots at most once per animation frame.
import { type CallError, parseApiErrorBody } from "@/lib/messages/errors";
import { requestedWaitMs } from "@/lib/messages/retry-after";
import type { ApiErrorBody, Message, RequestBody } from "@/lib/messages/types";
import { fromMessage, MessageAccumulator, type LiveMessage } from "./accumulate";
import { Snapshotter } from "./snapshot";
import { EventLog } from "./event-log";
import { readSseEventBatches } from "./sse";
import { yieldToEventLoop } from "../scheduling/yield";

/** Figures while the reply streams; the token count is an estimate until `message_delta` gives the real one. */
export interface LiveFigures {
  outputTokens: number;
  estimated: boolean;
  /** Milliseconds since the request was sent, at this snapshot. */
  elapsedMs: number;
}

/** How a call ended, and everything it got: the one declaration of a call's result, which the store's run state and
 * history's record are made from. */
export interface CallOutcome {
  status: "done" | "error" | "stopped";
  message?: LiveMessage;
  error?: CallError;
  httpStatus?: number;
  requestId?: string;
  keySource?: string;
  /** How many upstream attempts the proxy made (header `x-playground-attempts`), when it says. */
  attempts?: number;
  /** The wait a refused call was told to take before another try (`retry-after`), in ms. */
  retryAfterMs?: number;
  /** Milliseconds from send to the first content event, and to the end. */
  firstTokenMs?: number;
  totalMs: number;
  /** The call's append-only event log (empty when a reader took the stream's text instead: `onText`), and how many
   * of its events the latest snapshot covers. */
  events: EventLog;
  eventCount: number;
  /** Live figures (output tokens so far, elapsed) at the latest snapshot. */
  live?: LiveFigures;
}

/** A snapshot while the call streams: part of what its outcome will hold. */
export type CallUpdate = Partial<Pick<CallOutcome, "message" | "firstTokenMs" | "live" | "events" | "eventCount">>;

export interface CallOptions {
  endpoint?: string;
  headers?: Record<string, string>;
  signal: AbortSignal;
  onUpdate: (update: CallUpdate) => void;
  /** Schedules a publish; a test may pass a synchronous one. */
  schedule?: (publish: () => void) => void;
  /** Takes the stream's text, chunk by chunk, instead of the call keeping it in its event log: a worker passes
   * it on and keeps none (the update's and the outcome's `events` are then empty; `eventCount` still counts). */
  onText?: (text: string, at: number, bytes?: Uint8Array) => void;
  /** The platform's fetch unless given (the worker's warm-up answers from memory). */
  fetch?: typeof fetch;
}

const frameScheduler = (publish: () => void) =>
  typeof requestAnimationFrame === "function" ? requestAnimationFrame(publish) : setTimeout(publish, 16);

const YIELD_AFTER_MS = 8;
/** The clock is read every 32 events, not every event: a delta takes microseconds, and reading the clock per event
 * was a noticeable share of the stream worker's time (docs/performance.md). 32 events stay far below a millisecond. */
const CLOCK_EVERY_MASK = 31;

export async function runCall(body: RequestBody, options: CallOptions): Promise<CallOutcome> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const schedule = options.schedule ?? frameScheduler;
  const accumulator = new MessageAccumulator();
  const snapshotter = new Snapshotter();
  // The log keeps the stream's text as it came (event-log.ts), not the parsed events: tens of thousands of
  // objects kept alive would make every garbage collection of a long stream copy them.
  const events = new EventLog();
  let eventCount = 0;
  let sawStop = false;
  let firstTokenMs: number | undefined;
  let scheduled = false;
  let publishedVersion = -1;
  let publishedEvents = -1;
  let orderError: CallError | undefined;
  const live = (): LiveFigures => {
    const { tokens, estimated } = accumulator.outputTokens();
    return { outputTokens: tokens, estimated, elapsedMs: elapsed() };
  };
  const publish = () => {
    scheduled = false;
    if (published()) return;
    publishedVersion = accumulator.version;
    publishedEvents = eventCount;
    events.count = options.onText ? 0 : eventCount;
    options.onUpdate({ message: snapshotter.take(accumulator), firstTokenMs, live: live(), events, eventCount });
  };
  const published = () => publishedVersion === accumulator.version && publishedEvents === eventCount;

  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(options.endpoint ?? "/api/v1/messages", {
      method: "POST",
      headers: { "content-type": "application/json", ...options.headers },
      body: JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal.aborted) return { status: "stopped", totalMs: elapsed(), events, eventCount };
    return {
      status: "error",
      error: { type: "network_error", message: `The request could not be sent: ${(error as Error).message}` },
      totalMs: elapsed(),
      events,
      eventCount,
    };
  }
  const meta = {
    httpStatus: response.status,
    requestId: response.headers.get("request-id") ?? undefined,
    keySource: response.headers.get("x-playground-key-source") ?? undefined,
    attempts: parseAttempts(response.headers.get("x-playground-attempts")),
    retryAfterMs: response.ok ? undefined : requestedWaitMs(response.headers),
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
    const error: CallError = apiError
      ? errorOf(apiError.error, response.status)
      : {
          type: "http_error",
          message: `HTTP ${response.status}: ${text.slice(0, 200) || response.statusText}`,
          status: response.status,
        };
    return { status: "error", error, ...meta, totalMs: elapsed(), events, eventCount };
  }

  if (!response.headers.get("content-type")?.includes("text/event-stream")) {
    // Without `stream`, the reply comes whole: its blocks are complete, and its usage is the API's own count.
    let reply: Message;
    try {
      reply = (await response.json()) as Message;
      if (!Array.isArray(reply?.content) || typeof reply.usage !== "object" || reply.usage === null)
        throw new Error("it is not a Message");
    } catch (error) {
      return {
        status: "error",
        error: { type: "api_error", message: `The reply could not be read: ${(error as Error).message}` },
        ...meta,
        totalMs: elapsed(),
        events,
        eventCount,
      };
    }
    const message = fromMessage(reply);
    const totalMs = elapsed();
    const live = { outputTokens: message.usage.output_tokens ?? 0, estimated: false, elapsedMs: totalMs };
    return { status: "done", message, ...meta, firstTokenMs: totalMs, totalMs, events, eventCount, live };
  }

  const finish = (status: CallOutcome["status"], error?: CallError): CallOutcome => {
    // The outcome holds everything an update would: none goes out after it, nor just before it (for a batch's short
    // calls that was one message in three between the worker and the page).
    publishedVersion = accumulator.version;
    publishedEvents = eventCount;
    const message = snapshotter.take(accumulator);
    events.count = options.onText ? 0 : eventCount;
    return { status, message, error, ...meta, firstTokenMs, totalMs: elapsed(), events, eventCount, live: live() };
  };

  // A fast stream delivers thousands of events per network chunk: handling them all in one task would keep
  // the page from painting, so the loop yields to the event loop every few milliseconds.
  let sliceStart = performance.now();
  try {
    const keepText = options.onText ?? ((text: string, at: number) => text && events.append(text, at));
    for await (const batch of readSseEventBatches(response.body!, started, undefined, keepText)) {
      for (const event of batch) {
        if ((eventCount & CLOCK_EVERY_MASK) === 0 && performance.now() - sliceStart > YIELD_AFTER_MS) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
        eventCount++;
        if (event.name === "message_stop") sawStop = true;
        if (event.data) {
          if (firstTokenMs === undefined && event.name === "content_block_delta") firstTokenMs = event.at;
          try {
            accumulator.apply(event.data);
          } catch (error) {
            // An event out of order (e.g. a delta before message_start): keep reading, report it at the end.
            orderError ??= { type: "stream_error", message: `Unexpected event order: ${(error as Error).message}` };
          }
        }
      }
      if (!scheduled) {
        scheduled = true;
        schedule(publish);
      }
    }
  } catch (error) {
    if (options.signal.aborted) return finish("stopped");
    return finish("error", {
      type: "stream_error",
      message: `The connection dropped mid-stream: ${(error as Error).message}`,
    });
  }
  if (accumulator.error) return finish("error", errorOf(accumulator.error.error));
  if (orderError) return finish("error", orderError);
  if (!sawStop) {
    // A transport may end the body quietly on abort rather than fail the read: Stop, not a dropped stream.
    if (options.signal.aborted) return finish("stopped");
    return finish("error", { type: "stream_error", message: "The stream ended before the message was complete." });
  }
  return finish("done");
}

function errorOf(error: ApiErrorBody["error"], status?: number): CallError {
  const out: CallError = { type: error.type, message: error.message };
  if (status !== undefined) out.status = status;
  const code = error.details?.error_code;
  if (typeof code === "string") out.code = code;
  return out;
}

function parseAttempts(header: string | null): number | undefined {
  const value = Number(header);
  return header && Number.isInteger(value) && value > 0 ? value : undefined;
}
