import "server-only";

import type { IncomingMessage, ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import { ACCESS_TOKEN_HEADER, ATTEMPTS_HEADER, KEY_SOURCE_HEADER, USER_KEY_HEADER } from "@/lib/proxy-headers";
import type { TrafficKeySource } from "@/lib/traffic/types";

// What one proxied call leaves for the traffic log, gathered while it passes. This is the stream's hot path: each write
// to the client is kept by reference with its arrival time (no copy, no parsing), up to the body cap; everything else
// (splitting events, reading usage, masking keys, storing) happens after the response has ended, off this path
// (build-record.ts, recorder.ts).

/** A call as it was captured: the raw material of a recorded call. */
export interface CapturedCall {
  id: string;
  startedAt: number;
  route: string;
  method: string;
  status: number;
  stream: boolean;
  /** The response ended as the answer ended it (false: the client went away first). */
  complete: boolean;
  requestBody: Uint8Array | undefined;
  requestBytes: number;
  requestTruncated: boolean;
  /** The model the request named, when its body was read. */
  requestModel: string | undefined;
  betas: string[];
  userAgent: string | null;
  keySource: TrafficKeySource | null;
  requestId: string | null;
  attempts: number | null;
  chunks: Uint8Array[];
  /** Each chunk's arrival, ms after the request arrived. */
  times: number[];
  responseBytes: number;
  responseTruncated: boolean;
  firstByteMs: number | null;
  totalMs: number;
  /** The credentials this call carried (its user key, its own x-api-key, the access token): masked wherever they
   * appear in its bodies. Never stored. */
  secrets: string[];
}

/** A time-sortable id: the start time in base 36 (fixed width), then random characters. */
export function trafficId(startedAt: number): string {
  return startedAt.toString(36).padStart(9, "0") + randomBytes(6).toString("base64url");
}

const KEY_SOURCES = new Set<TrafficKeySource>(["server", "user", "simulator"]);

export class TrafficCapture {
  private readonly t0 = performance.now();
  private readonly call: CapturedCall;

  constructor(
    req: IncomingMessage,
    route: string,
    private readonly maxBodyBytes: number,
  ) {
    const startedAt = Date.now();
    const beta = req.headers["anthropic-beta"];
    const betas = (Array.isArray(beta) ? beta.join(",") : (beta ?? ""))
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean);
    const declared = Number(req.headers["content-length"]);
    this.call = {
      id: trafficId(startedAt),
      startedAt,
      route,
      method: req.method ?? "POST",
      status: 0,
      stream: false,
      complete: false,
      requestBody: undefined,
      requestBytes: Number.isFinite(declared) ? declared : 0,
      requestTruncated: false,
      requestModel: undefined,
      betas,
      userAgent: typeof req.headers["user-agent"] === "string" ? req.headers["user-agent"].slice(0, 500) : null,
      keySource: null,
      requestId: null,
      attempts: null,
      chunks: [],
      times: [],
      responseBytes: 0,
      responseTruncated: false,
      firstByteMs: null,
      totalMs: 0,
      secrets: [USER_KEY_HEADER, "x-api-key", ACCESS_TOKEN_HEADER, "authorization"]
        .map((name) => req.headers[name])
        .filter((value): value is string => typeof value === "string" && value.length > 0)
        .map((value) => value.replace(/^Bearer\s+/i, "")),
    };
  }

  /** The request body as the upstream received it (or what arrived of a body that was refused). */
  request(bytes: Uint8Array | undefined, model?: string): void {
    if (!bytes) return;
    this.call.requestBytes = bytes.byteLength;
    this.call.requestModel = model;
    if (bytes.byteLength > this.maxBodyBytes) {
      this.call.requestBody = bytes.subarray(0, this.maxBodyBytes);
      this.call.requestTruncated = true;
    } else this.call.requestBody = bytes;
  }

  /** A write to the client: kept by reference, with its time. */
  chunk(bytes: Uint8Array): void {
    const call = this.call;
    const at = performance.now() - this.t0;
    if (call.firstByteMs === null) call.firstByteMs = at;
    call.responseBytes += bytes.byteLength;
    if (call.responseTruncated) return;
    if (call.responseBytes > this.maxBodyBytes) {
      call.responseTruncated = true;
      return;
    }
    call.chunks.push(bytes);
    call.times.push(at);
  }

  /** The response has closed: what it was. */
  end(res: ServerResponse, stream: boolean): CapturedCall {
    const call = this.call;
    call.status = res.statusCode;
    call.stream = stream;
    call.complete = res.writableFinished;
    call.totalMs = performance.now() - this.t0;
    const source = String(res.getHeader(KEY_SOURCE_HEADER) ?? "") as TrafficKeySource;
    call.keySource = KEY_SOURCES.has(source) ? source : null;
    call.requestId = String(res.getHeader("request-id") ?? "") || null;
    call.attempts = Number(res.getHeader(ATTEMPTS_HEADER)) || null;
    return call;
  }
}
