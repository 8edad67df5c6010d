// A small load balancer for the multi-instance test, configured as the README asks of a real one: each
// request to the next instance in turn, streams passed on unbuffered, a client that goes away closes the
// instance's request, and a request an instance refuses to connect is tried on the next (nginx's
// proxy_next_upstream error: nothing was sent yet, so it is safe for a POST too). It appends the peer's
// address to x-forwarded-for, as nginx's $proxy_add_x_forwarded_for.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RoundRobin {
  url: string;
  /** The instance (index into the ports) that answered each request, in order. */
  served: number[];
  close(): Promise<void>;
}

export async function startRoundRobin(ports: number[]): Promise<RoundRobin> {
  let next = 0;
  const served: number[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const forwarded = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const attempt = (tried: number) => {
      const index = next++ % ports.length;
      const upstream = http.request(
        {
          host: "127.0.0.1",
          port: ports[index],
          method: req.method,
          path: req.url,
          headers: { ...req.headers, "x-forwarded-for": forwarded, "content-length": String(body.length) },
          agent: false,
        },
        (answer) => {
          served.push(index);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on("error", () => res.destroy());
        },
      );
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNREFUSED" && tried + 1 < ports.length) return attempt(tried + 1);
        if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      // Stop: the client went away before the answer ended.
      res.on("close", () => {
        if (!res.writableFinished) upstream.destroy();
      });
      upstream.end(body);
    };
    attempt(0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
