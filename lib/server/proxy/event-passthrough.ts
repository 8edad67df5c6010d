import "server-only";

import type { ApiErrorType } from "@/lib/messages/types";
import { errorEvent } from "./api-error";

const LF = 10;
const CR = 13;

/** Bytes up to and including the last event boundary (a blank line), or 0 when the chunk has none. */
export function lastBoundaryEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  // Fast path: upstreams write whole events, so a chunk nearly always ends on a boundary.
  if (n >= 2 && bytes[n - 1] === LF && (bytes[n - 2] === LF || (n >= 4 && bytes[n - 2] === CR && bytes[n - 3] === LF))) return n;
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

class IdleTimeout extends Error {}

/**
 * An upstream event stream, passed to the client as it arrives: chunks are forwarded as they are, never
 * parsed or re-serialised. Only the bytes of an event that has not ended yet are held back until its end
 * arrives (a client cannot use half an event anyway), so that if the upstream fails mid-stream, the
 * stream can still end with a well-formed `event: error` after the last complete event.
 */
export function passThroughEvents(reader: ReadableStreamDefaultReader<Uint8Array>, options: PassthroughOptions): ReadableStream<Uint8Array> {
  let tail: Uint8Array | undefined;
  let cancelled = false;
  let idle = false;
  let pending = options.first;
  const onIdle = () => {
    idle = true;
    options.abortUpstream(new IdleTimeout());
  };
  const timer = options.idleTimeoutMs > 0 ? setTimeout(onIdle, options.idleTimeoutMs) : undefined;

  /** Sends what completes an event; says whether anything was sent. */
  const forward = (controller: ReadableStreamDefaultController<Uint8Array>, chunk: Uint8Array): boolean => {
    let bytes = chunk;
    if (tail) {
      bytes = Buffer.concat([tail, chunk]);
      tail = undefined;
    }
    const end = lastBoundaryEnd(bytes);
    if (end === bytes.length) {
      controller.enqueue(bytes);
      return true;
    }
    if (end > 0) controller.enqueue(bytes.subarray(0, end));
    tail = bytes.subarray(end);
    return end > 0;
  };

  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: unknown) => {
    const [type, message]: [ApiErrorType, string] = idle
      ? ["timeout_error", `The API went silent for ${Math.round(options.idleTimeoutMs / 1000)} s mid-stream, so the proxy ended the stream. What arrived before is kept.`]
      : ["api_error", `The connection to the API was lost mid-stream (${describe(error)}). What arrived before is kept.`];
    options.onFailure?.(message);
    tail = undefined; // an unfinished event cannot be completed: drop it rather than send half of it
    controller.enqueue(new TextEncoder().encode(errorEvent(type, message, options.requestId)));
    controller.close();
  };

  return new ReadableStream<Uint8Array>({
    // A pull that enqueues nothing is not called again, so it reads until an event completes.
    async pull(controller) {
      if (pending) {
        const first = pending;
        pending = undefined;
        if (forward(controller, first)) return;
      }
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (cancelled) return;
          if (idle) return fail(controller, undefined); // aborting may end the read either way
          if (done) {
            clearTimeout(timer);
            if (tail) controller.enqueue(tail);
            return controller.close();
          }
          timer?.refresh();
          if (forward(controller, value)) return;
        }
      } catch (error) {
        clearTimeout(timer);
        if (!cancelled) fail(controller, error);
      }
    },
    cancel(reason) {
      cancelled = true;
      clearTimeout(timer);
      options.abortUpstream(reason);
      return reader.cancel(reason).catch(() => {});
    },
  });
}

/** A short, key-free description of a network error (undici puts the useful part in `cause`). */
export function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset",
    ETIMEDOUT: "connection timed out",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host name lookup failed",
    UND_ERR_SOCKET: "the connection closed unexpectedly",
    UND_ERR_HEADERS_TIMEOUT: "no response headers in time",
    UND_ERR_BODY_TIMEOUT: "the response body stalled",
  };
  if (code && known[code]) return known[code];
  return code ?? cause?.message ?? (error as Error)?.message ?? "unknown error";
}
