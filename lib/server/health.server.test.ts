// Health, readiness and the drain on SIGTERM, through the production server (scripts/server.mjs).
// Requires a prior `next build`.
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { MODELS } from "@/lib/models";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";

let app: AppServer | undefined;
afterEach(() => app?.stop());

const exited = (server: AppServer) =>
  new Promise<number | null>((resolve) => {
    if (server.process.exitCode !== null) return resolve(server.process.exitCode);
    server.process.once("exit", (code) => resolve(code));
  });

/** A new connection (not one kept alive from before): refused once the server stopped listening. */
const freshGet = (url: string) =>
  new Promise<number | string>((resolve) => {
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
  });

/** Starts a streamed call; once its headers are in, reads it in the background (`body`: all it received). */
async function streamCall(server: AppServer, maxTokens: number) {
  const response = await fetch(`${server.url}/api/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: MODELS[0].id,
      max_tokens: maxTokens,
      stream: true,
      messages: [{ role: "user", content: "Tell me a long story about the sea." }],
    }),
  });
  expect(response.status).toBe(200);
  return { body: response.text().catch((error: Error) => `cut: ${error.message}`) };
}

describe("health and readiness", () => {
  it("answer 200 with the storage migrated, without the access token", async () => {
    app = await startAppServer({ PLAYGROUND_ACCESS_TOKEN: "secret-token" });
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${app.url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: "ready",
      checks: { storage: { ok: true, engine: "sqlite" } },
    });
  });

  it("ready answers 503 when the database cannot be reached, saying why without the password", async () => {
    app = await startAppServer({ DATABASE_URL: "postgres://user:pw-LEAKCHECK@127.0.0.1:1/none" });
    const ready = await fetch(`${app.url}/api/ready`);
    expect(ready.status).toBe(503);
    const text = await ready.text();
    expect(JSON.parse(text)).toMatchObject({ status: "unavailable", checks: { storage: { ok: false } } });
    expect(text).not.toContain("pw-LEAKCHECK");
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });
});

describe("drain on SIGTERM", () => {
  it("says 503 at once, lets the stream in flight finish, refuses new connections, then exits 0", async () => {
    app = await startAppServer({ SIMULATOR_PACING: "50,40", PLAYGROUND_SHUTDOWN_DELAY_MS: "1000" });
    const server = app;
    const { body } = await streamCall(server, 120); // about 3 s of stream
    const exit = exited(server);
    server.process.kill("SIGTERM");
    // The signal reaches the server in its own time: within the delay, readiness turns 503.
    let ready = await fetch(`${server.url}/api/ready`);
    for (let i = 0; i < 20 && ready.status !== 503; i++) ready = await fetch(`${server.url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "draining" });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1300)); // past the delay
    expect(await freshGet(`${server.url}/api/v1/models`)).toBe("ECONNREFUSED");
    const received = await body;
    expect(received).toContain("event: message_stop");
    expect(await exit).toBe(0);
    expect(server.output()).toMatch(/drained: exiting/);
  }, 60_000);

  it("cuts what is still open when the grace period ends", async () => {
    app = await startAppServer({ SIMULATOR_PACING: "50,10", PLAYGROUND_SHUTDOWN_GRACE_MS: "1000" });
    const server = app;
    const { body } = await streamCall(server, 200); // about 20 s of stream
    const exit = exited(server);
    const started = Date.now();
    server.process.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await body).not.toContain("event: message_stop");
    expect(server.output()).toMatch(/grace period over: closing 1 call/);
  }, 60_000);
});
