import "server-only";

import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { toHeaders } from "./headers";

// The upstream call over node:http rather than fetch: a streamed body then reaches the client through
// one web stream (the one Next.js needs) instead of three, which is most of the proxy's cost per event.
// Redirects are never followed (node:http does not), and no encoding is asked for, so none comes back.

const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  body: IncomingMessage;
}

/** Sends one request; resolves at the response headers, rejects on a network error or an abort. */
export function requestUpstream(
  url: string,
  init: { method: string; headers: Headers; body?: Uint8Array; signal: AbortSignal },
): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const headers: Record<string, string> = {};
    init.headers.forEach((value, name) => (headers[name] = value));
    if (init.body) headers["content-length"] = String(init.body.byteLength);
    const transport = target.protocol === "https:" ? https : http;
    const req = transport.request(
      target,
      { method: init.method, headers, agent: agents[target.protocol as "http:" | "https:"] },
      (res) => {
        // Readers come and go (first chunk, passthrough); a late socket error must never go unheard,
        // or it would crash the server.
        res.on("error", () => {});
        resolve({ status: res.statusCode ?? 502, headers: toHeaders(res.headers), body: res });
      },
    );
    const abort = () => req.destroy(init.signal.reason instanceof Error ? init.signal.reason : new Error("aborted"));
    if (init.signal.aborted) return abort();
    init.signal.addEventListener("abort", abort, { once: true });
    req.once("close", () => init.signal.removeEventListener("abort", abort));
    req.on("error", reject);
    req.end(init.body);
  });
}

/** Reads a whole (small, non-streamed) body. */
export function readAll(body: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    body.on("data", (chunk: Buffer) => chunks.push(chunk));
    body.once("end", () => resolve(Buffer.concat(chunks)));
    body.once("error", reject);
    body.once("close", () => {
      if (!body.complete)
        reject(Object.assign(new Error("the connection closed before the body ended"), { code: "ECONNRESET" }));
    });
  });
}

/** Waits for the first chunk of a streamed body and pauses there (nothing has reached the client yet). */
export function firstChunk(
  body: IncomingMessage,
): Promise<{ ok: true; value: Buffer } | { ok: false; error: unknown }> {
  return new Promise((resolve) => {
    const done = (result: { ok: true; value: Buffer } | { ok: false; error: unknown }) => {
      body.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      body.pause();
      done({ ok: true, value: chunk });
    };
    const onEnd = () => done({ ok: false, error: new Error("empty stream") });
    const onError = (error: unknown) => done({ ok: false, error });
    const onClose = () => done({ ok: false, error: Object.assign(new Error("closed"), { code: "ECONNRESET" }) });
    body.on("data", onData).once("end", onEnd).once("error", onError).once("close", onClose);
  });
}
