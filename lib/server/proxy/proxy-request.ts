import "server-only";

import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { toHeaders } from "./headers";

/** What the proxy reads of an incoming call. */
export interface ProxyRequest {
  method: string;
  /** The query string with its "?", or "". */
  search: string;
  headers: Headers;
  /** Aborted when the client goes away before its answer is complete. */
  signal: AbortSignal;
  body: ReadableStream<Uint8Array> | null;
}

/** What the checks on headers read: a web Request or the proxy's own view of a Node request. */
export type HasHeaders = Pick<ProxyRequest, "headers">;

/** A Node request as the proxy reads it. The client's address stands in for `x-forwarded-for` when no
 * proxy in front set one, so the rate limit has a client to count. */
export function fromNodeRequest(req: IncomingMessage, res: ServerResponse): ProxyRequest {
  const headers = toHeaders(req.headers);
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress)
    headers.set("x-forwarded-for", req.socket.remoteAddress);
  const gone = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) gone.abort(new Error("the client went away"));
  });
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const method = req.method ?? "GET";
  return {
    method,
    search: query < 0 ? "" : url.slice(query),
    headers,
    signal: gone.signal,
    body: method === "GET" || method === "HEAD" ? null : (Readable.toWeb(req) as ReadableStream<Uint8Array>),
  };
}
