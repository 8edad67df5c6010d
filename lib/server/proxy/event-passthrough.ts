import "server-only";

import type { Readable, Writable } from "node:stream";
import type { ApiErrorType } from "@/lib/messages/types";
import { errorEvent } from "./api-error";

const LF = 10;
const CR = 13;

/** Bytes up to and including the last event boundary (a blank line), or 0 when the chunk has none. */
export function lastBoundaryEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  // Fast path: upstreams write whole events, so a chunk nearly always ends on a boundary.
  if (n >= 2 && bytes[n - 1] === LF && (bytes[n - 2] === LF || (n >= 4 && bytes[n - 2] === CR && bytes[n - 3] === LF)))
    return n;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, n);
  const lf = view.lastIndexOf("\n\n");
  const crlf = view.lastIndexOf("\n\r\n");
  const cr = view.lastIndexOf("\r\r");
  return Math.max(lf < 0 ? 0 : lf + 2, crlf < 0 ? 0 : crlf + 3, cr < 0 ? 0 : cr + 2);
}

export interface PassthroughOptions {
  /** A chunk already read (the proxy reads the first one before answering, so it can still retry). */
  first?: Uint8Array;
  idleTimeoutMs: number;
  /** Stops the upstream request: called when the client goes away or the stream goes silent. */
  abortUpstream: (reason: unknown) => void;
  requestId?: string | null;
  onFailure?: (message: string) => void;
}

/**
 * Pipes an upstream event stream (a paused Node stream) into the client's response as it arrives: bytes
 * are passed on as they are, never parsed or re-serialised. Only the bytes of an event that has not ended
 * yet are held back until its end arrives (a client cannot use half an event anyway), so that if the
 * upstream fails mid-stream, the stream can still end with a well-formed `event: error` after the last
 * complete event. A client that goes away stops the upstream.
 *
 * The chunks of one read from the upstream's socket go out as one write. An upstream flushes every event on
 * its own, and node:http hands each as its own chunk: a fast reply is tens of thousands of them, and writing them
 * one for one costs this server and the browser's network stack a write and a chunk header each, on the cores that
 * render the reply (docs/performance.md). They are gathered until the read's callback returns
 * (a microtask), so a lone event waits for nothing.
 */
export function pipeEvents(source: Readable, sink: Writable, options: PassthroughOptions): void {
  let tail: Uint8Array | undefined;
  let finished = false;
  let timer: NodeJS.Timeout | undefined;
  let draining = false;
  let pending: Uint8Array[] = [];

  // Backpressure: a slow client pauses the upstream instead of filling memory.
  const resume = () => {
    draining = false;
    if (!finished) source.resume();
  };
  const flush = () => {
    if (pending.length === 0) return;
    const bytes = pending.length === 1 ? pending[0] : Buffer.concat(pending);
    pending = [];
    if (!sink.write(bytes) && !draining && !finished) {
      draining = true;
      source.pause();
      sink.once("drain", resume);
    }
  };
  const write = (bytes: Uint8Array) => {
    if (pending.push(bytes) === 1) queueMicrotask(() => !finished && flush());
  };
  const forward = (chunk: Uint8Array) => {
    let bytes = chunk;
    if (tail) {
      bytes = Buffer.concat([tail, chunk]);
      tail = undefined;
    }
    const end = lastBoundaryEnd(bytes);
    if (end === bytes.length) write(bytes);
    else {
      if (end > 0) write(bytes.subarray(0, end));
      tail = bytes.subarray(end);
    }
  };
  const stop = () => {
    finished = true;
    clearTimeout(timer);
    source.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
    sink.off("close", onClientGone).off("drain", resume);
  };
  const fail = (type: ApiErrorType, message: string) => {
    if (finished) return;
    stop();
    options.onFailure?.(message);
    tail = undefined; // an unfinished event cannot be completed: drop it rather than send half of it
    flush();
    sink.end(errorEvent(type, message, options.requestId));
  };
  const onData = (chunk: Buffer) => {
    timer?.refresh();
    forward(chunk);
  };
  const onEnd = () => {
    if (finished) return;
    stop();
    flush();
    if (tail) sink.end(tail);
    else sink.end();
  };
  const onError = (error: unknown) =>
    fail(
      "api_error",
      `The connection to the API was lost mid-stream (${describe(error)}). What arrived before is kept.`,
    );
  const onClose = () => onError(Object.assign(new Error("closed"), { code: "ECONNRESET" }));
  const onClientGone = () => {
    if (finished) return;
    stop();
    options.abortUpstream(new Error("the client went away"));
  };

  if (options.idleTimeoutMs > 0) {
    timer = setTimeout(() => {
      // Paused for a slow client: the silence is ours, not the API's.
      if (draining) return void timer?.refresh();
      fail(
        "timeout_error",
        `The API went silent for ${Math.round(options.idleTimeoutMs / 1000)} s mid-stream, so the proxy ended the stream. What arrived before is kept.`,
      );
      options.abortUpstream(new Error("idle"));
    }, options.idleTimeoutMs);
  }
  sink.once("close", onClientGone);
  if (options.first) forward(options.first);
  source.on("data", onData).once("end", onEnd).once("error", onError).once("close", onClose);
  if (!finished && !draining) source.resume();
}

/** A short, key-free description of a network error (undici puts the useful part in `cause`). */
export function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset",
    EPIPE: "connection reset",
    ETIMEDOUT: "connection timed out",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host name lookup failed",
    UND_ERR_SOCKET: "the connection closed unexpectedly",
  };
  if (code && known[code]) return known[code];
  return code ?? cause?.message ?? (error as Error)?.message ?? "unknown error";
}
