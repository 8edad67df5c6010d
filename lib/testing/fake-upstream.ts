// A scripted upstream on loopback for tests and benchmarks: each test says how to answer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type UpstreamHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export interface FakeUpstream {
  url: string;
  server: Server;
  /** Every request received, in order, with its body. */
  requests: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[];
  setHandler(handler: UpstreamHandler): void;
  close(): Promise<void>;
}

export async function startFakeUpstream(handler: UpstreamHandler, port = 0): Promise<FakeUpstream> {
  let current = handler;
  const requests: FakeUpstream["requests"] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
    try {
      await current(req, res, body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    requests,
    setHandler: (next) => (current = next),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const SSE_HEADERS = { "content-type": "text/event-stream; charset=utf-8", "request-id": "req_fake_upstream" };

/** Sends raw SSE text event by event (split on blank lines), with a pause between events. */
export async function replaySse(
  res: ServerResponse,
  sse: string,
  delayMs = 0,
  /** Before each event: a promise to wait for first (a test holding the stream's end until it has looked). */
  waitBefore?: (event: string) => Promise<void> | undefined,
): Promise<void> {
  res.writeHead(200, SSE_HEADERS);
  for (const event of sse.split(/\n\n+/).filter((e) => e.trim())) {
    await waitBefore?.(event);
    if (res.destroyed) return;
    res.write(`${event}\n\n`);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  }
  res.end();
}

/** Sends raw SSE text in writes of `bytes` each, cut anywhere (as a network cuts a fast stream): an upstream that
 * sends as fast as it can, at the cost of one write per chunk rather than per event. */
export function replaySseInChunks(res: ServerResponse, sse: string, bytes: number): void {
  res.writeHead(200, SSE_HEADERS);
  const data = Buffer.from(sse, "utf8");
  for (let offset = 0; offset < data.length && !res.destroyed; offset += bytes)
    res.write(data.subarray(offset, offset + bytes));
  res.end();
}
