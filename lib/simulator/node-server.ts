// Serves a fetch handler over node:http: the standalone simulator (`npm run simulator`), so clients and the
// proxy reach it over real HTTP. A stream that errors mid-way (the drop fault) destroys the socket.
import http from "node:http";
import { Readable } from "node:stream";
import type { SimulatorHandler } from "./handler";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function serveFetchHandler(handler: SimulatorHandler, port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const server = http.createServer((req, res) => {
    void respond(handler, req, res, host, port);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

async function respond(
  handler: SimulatorHandler,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  host: string,
  port: number,
) {
  const abort = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) abort.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  let response: Response;
  try {
    response = await handler(
      new Request(`http://${req.headers.host ?? `${host}:${port}`}${req.url ?? "/"}`, {
        method: req.method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>) : undefined,
        signal: abort.signal,
        // @ts-expect-error Node's Request needs `duplex` for a streaming body.
        duplex: "half",
      }),
    );
  } catch (error) {
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ type: "error", error: { type: "api_error", message: (error as Error).message } }));
    return;
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void res.end();
  res.flushHeaders();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
    res.end();
  } catch {
    res.destroy(); // the drop-mid-stream fault: the connection just goes away
  }
}
