import "server-only";

import type { ServerResponse } from "node:http";
import { ATTEMPTS_HEADER, KEY_SOURCE_HEADER, UPSTREAM_MS_HEADER } from "@/lib/proxy-headers";
import type { ServerConfig } from "../config";
import { log } from "../log";
import { metrics } from "../metrics";
import type { TrafficCapture } from "../traffic/capture";
import { recordCall } from "../traffic/recorder";

// What one API call leaves behind when it ends: a log line (route, status, model, tokens, duration,
// request-id, attempts; never a key, a prompt or a reply) and, with metrics on, its counts. The reply is
// not parsed: the bytes written to the client are searched for `"usage"` and `"type":"error"` (a native
// scan per write, and writes carry many events each), and only the lines holding them are read.

const USAGE = Buffer.from('"usage"');
const ERROR = Buffer.from('"type":"error"');
const LF = 10;
/** A JSON answer bigger than this is not kept to be read for its usage (its line is not logged with tokens). */
const JSON_KEEP_BYTES = 1024 * 1024;

interface Usage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}

export interface CallReport {
  /** The model the request named, once its body is read. */
  model?: string;
  /** The traffic log's capture of this call, when it is recorded: given the request body as the upstream gets it. */
  capture?: TrafficCapture;
}

/** Watches the answer written to `res`, and reports the call when the response closes (to the traffic log too, when
 * a capture is given). */
export function reportCall(
  res: ServerResponse,
  route: string,
  method: string,
  config: ServerConfig,
  capture?: TrafficCapture,
): CallReport {
  const started = performance.now();
  const report: CallReport = { capture };
  const usage: Usage = {};
  let errorType: string | undefined;
  let model: string | undefined;
  let stream = false;
  let json: Buffer[] | undefined = [];
  let jsonBytes = 0;
  const recordMetrics = config.metrics;

  const read = (value: unknown) => {
    const event = value as {
      type?: string;
      usage?: Usage;
      message?: { usage?: Usage; model?: string };
      model?: string;
      error?: { type?: string };
    };
    if (!event || typeof event !== "object") return;
    if (event.type === "error") errorType = event.error?.type ?? errorType;
    model = event.message?.model ?? event.model ?? model;
    for (const source of [event.message?.usage, event.usage]) {
      if (!source) continue;
      for (const [name, n] of Object.entries(source))
        if (typeof n === "number") (usage as Record<string, number>)[name] = n;
    }
  };

  const scanEvents = (chunk: Buffer) => {
    for (const marker of [USAGE, ERROR]) {
      let at = chunk.indexOf(marker);
      while (at >= 0) {
        const start = chunk.lastIndexOf(LF, at) + 1;
        let end = chunk.indexOf(LF, at);
        if (end < 0) end = chunk.length;
        const line = chunk.toString("utf8", start, end);
        if (line.startsWith("data:")) {
          try {
            read(JSON.parse(line.slice(5)));
          } catch {
            /* not a whole event: nothing to count */
          }
        }
        at = chunk.indexOf(marker, end);
      }
    }
  };

  const tap = (chunk: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk)
        : Buffer.from((chunk as Uint8Array).buffer, (chunk as Uint8Array).byteOffset, (chunk as Uint8Array).byteLength);
    capture?.chunk(bytes);
    if (stream) return scanEvents(bytes);
    if (!json) return;
    jsonBytes += bytes.length;
    if (jsonBytes > JSON_KEEP_BYTES) json = undefined;
    else json.push(Buffer.from(bytes));
  };

  const { write, end, writeHead } = res;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const result = writeHead.apply(this, args);
    stream = String(res.getHeader("content-type") ?? "").startsWith("text/event-stream");
    if (stream && recordMetrics) metrics().streamsInFlight.inc();
    return result;
  } as ServerResponse["writeHead"];
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    tap(chunk);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    tap(chunk);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];

  res.once("close", () => {
    if (capture) recordCall(capture.end(res, stream));
    if (!stream && json && json.length > 0) {
      try {
        read(JSON.parse(Buffer.concat(json).toString("utf8")));
      } catch {
        /* not JSON */
      }
    }
    const status = res.statusCode;
    const complete = res.writableFinished;
    const durationMs = performance.now() - started;
    const upstreamMs = Number(res.getHeader(UPSTREAM_MS_HEADER)) || undefined;
    const attempts = Number(res.getHeader(ATTEMPTS_HEADER)) || undefined;
    const source = String(res.getHeader(KEY_SOURCE_HEADER) ?? "") || undefined;
    const requestId = String(res.getHeader("request-id") ?? "") || undefined;
    const calledModel = report.model ?? model;
    if (status >= 400 && !errorType) errorType = status === 499 ? "client_closed" : `http_${status}`;
    log(status >= 500 ? "warn" : "info", `${method} ${route} ${status}`, {
      route,
      method,
      status,
      model: calledModel,
      source,
      stream,
      complete,
      inputTokens: usage.input_tokens ?? undefined,
      outputTokens: usage.output_tokens ?? undefined,
      cacheReadTokens: usage.cache_read_input_tokens ?? undefined,
      cacheWriteTokens: usage.cache_creation_input_tokens ?? undefined,
      durationMs: Math.round(durationMs),
      upstreamMs: upstreamMs === undefined ? undefined : Math.round(upstreamMs),
      attempts,
      requestId,
      errorType,
    });
    if (!recordMetrics) return;
    const m = metrics();
    if (stream) m.streamsInFlight.dec();
    m.calls.inc({ route, status: String(status), source: source ?? "none" });
    if (errorType) m.errors.inc({ route, type: errorType });
    if (upstreamMs !== undefined) m.upstreamSeconds.observe({ route }, upstreamMs / 1000);
    m.durationSeconds.observe({ route, stream: String(stream) }, durationMs / 1000);
    // The model the API answered for, not the one the request named: a client cannot mint label values.
    const tokenModel = model ?? "unknown";
    const counts: [string, number | null | undefined][] = [
      ["input", usage.input_tokens],
      ["output", usage.output_tokens],
      ["cache_read", usage.cache_read_input_tokens],
      ["cache_write", usage.cache_creation_input_tokens],
    ];
    for (const [type, n] of counts) if (n) m.tokens.inc({ model: tokenModel, type }, n);
  });
  return report;
}
