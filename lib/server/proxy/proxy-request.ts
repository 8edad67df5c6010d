import "server-only";

import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { currentRequestFacts, type RequestFacts } from "../runtime";
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
  /** The socket's address and `x-forwarded-for` as received, for the client's identity (client-address.ts). */
  facts: RequestFacts;
}

/** What the checks on headers read: a web Request or the proxy's own view of a Node request. */

/** A Node request as the proxy reads it. */
export function fromNodeRequest(req: IncomingMessage, res: ServerResponse): ProxyRequest {
  const headers = toHeaders(req.headers);
  // The production server recorded the header before Next.js filled it in; under a bare `next start` it
  // may hold the socket's address that Next.js added, which names the same client.
  const facts = currentRequestFacts() ?? {
    socketAddress: req.socket.remoteAddress,
    forwardedFor: headers.get("x-forwarded-for") ?? undefined,
  };
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
    facts,
  };
}
