// Two instances, one service: two production servers (the standalone output, as the image runs it) on one
// Postgres and one Redis, behind a round-robin balancer, proxying to one upstream. Requires a prior
// `next build`, and Postgres and Redis (skipped without them, except under CI).
import { spawnSync } from "node:child_process";
import http from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LATEST_SCHEMA_VERSION } from "@/lib/server/storage/migrations";
import { samplePreset } from "@/lib/testing/test-presets";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";
import { freshDatabase, stopTestEngines, testRedis } from "@/lib/testing/engines";
import { startFakeUpstream, type FakeUpstream } from "@/lib/testing/fake-upstream";
import { startRoundRobin, type RoundRobin } from "@/lib/testing/round-robin-proxy";
import { prepareStandalone } from "@/lib/testing/standalone";
import { findPostgresBin } from "@/scripts/test-engines.mjs";

const database = await freshDatabase();
const redis = await testRedis();
const LIMIT = 5;
const MODEL = "claude-opus-4-6";

let standalone: ReturnType<typeof prepareStandalone>;
let upstream: FakeUpstream;
let instances: AppServer[] = [];
let balancer: RoundRobin;
/** When the upstream saw each streamed request end, and whether it had sent everything. */
const streams: { closedAt?: number; finished: boolean }[] = [];

function event(type: string, data: object) {
  return `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
}

beforeAll(async () => {
  if (!database || !redis) return;
  standalone = prepareStandalone();
  upstream = await startFakeUpstream(async (_req, res, body) => {
    const request = JSON.parse(body || "{}");
    if (!request.stream) {
      res.writeHead(200, { "content-type": "application/json", "request-id": "req_multi" });
      res.end(
        JSON.stringify({
          id: "msg_multi",
          type: "message",
          role: "assistant",
          model: MODEL,
          content: [{ type: "text", text: "ok" }],
          stop_reason: "end_turn",
          stop_sequence: null,
          usage: { input_tokens: 3, output_tokens: 1 },
        }),
      );
      return;
    }
    // A stream of `max_tokens` deltas, one every 100 ms.
    const record: (typeof streams)[number] = { finished: false };
    streams.push(record);
    res.on("close", () => (record.closedAt = Date.now()));
    res.writeHead(200, { "content-type": "text/event-stream", "request-id": "req_multi_stream" });
    res.write(
      event("message_start", {
        message: {
          id: "msg_s",
          type: "message",
          role: "assistant",
          model: MODEL,
          content: [],
          usage: { input_tokens: 3, output_tokens: 0 },
        },
      }),
    );
    res.write(event("content_block_start", { index: 0, content_block: { type: "text", text: "" } }));
    for (let i = 0; i < request.max_tokens && !res.destroyed; i++) {
      res.write(event("content_block_delta", { index: 0, delta: { type: "text_delta", text: `w${i} ` } }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (res.destroyed) return;
    res.write(event("content_block_stop", { index: 0 }));
    res.write(
      event("message_delta", {
        delta: { stop_reason: "end_turn", stop_sequence: null },
        usage: { output_tokens: request.max_tokens },
      }),
    );
    res.end(event("message_stop", {}));
    record.finished = true;
  });
  const env = {
    ANTHROPIC_API_KEY: "sk-ant-server-key-multi",
    ANTHROPIC_BASE_URL: upstream.url,
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    PLAYGROUND_REDIS_KEY_PREFIX: redis.prefix,
    PLAYGROUND_RATE_LIMIT: String(LIMIT),
    // The balancer, and a proxy in front of it that the test plays: the client is the entry before theirs.
    PLAYGROUND_TRUSTED_PROXY_HOPS: "2",
    PLAYGROUND_LOG_FORMAT: "json",
    PLAYGROUND_SHUTDOWN_GRACE_MS: "20000",
    // Readiness says 503 for a second before the instance stops taking connections.
    PLAYGROUND_SHUTDOWN_DELAY_MS: "1000",
  };
  // Both start together on an empty database: each migration step must be applied once.
  instances = await Promise.all([0, 1].map(() => startAppServer(env, { cwd: standalone.dir, entry: "server.mjs" })));
  balancer = await startRoundRobin(instances.map((app) => Number(new URL(app.url).port)));
}, 120_000);

afterAll(async () => {
  await balancer?.close();
  await Promise.all(instances.map((app) => app.stop()));
  await upstream?.close();
  await database?.drop();
  await stopTestEngines();
  standalone?.remove();
});

/** The status of a GET on a new connection (none kept alive from before). */
const freshStatus = (url: string) =>
  new Promise<number>((resolve) => {
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on("error", () => resolve(0));
  });

let clients = 0;
/** A client of its own (its address as the proxy in front of the balancer would name it). */
const newClient = () => `10.20.0.${++clients}`;

function viaBalancer(path: string, client: string, init: RequestInit = {}) {
  return fetch(`${balancer.url}${path}`, {
    ...init,
    headers: { "content-type": "application/json", "x-forwarded-for": client, ...init.headers },
  });
}

const callBody = (maxTokens: number, stream = false) =>
  JSON.stringify({ model: MODEL, max_tokens: maxTokens, stream, messages: [{ role: "user", content: "Hi" }] });

describe.skipIf(!database || !redis)("two instances behind a balancer, one Postgres, one Redis", () => {
  it("migrated the empty database once, though both started together", async () => {
    const psql = spawnSync(
      join(findPostgresBin()!, "psql"),
      [database!.url, "-Atc", "SELECT version FROM playground_schema"],
      {
        encoding: "utf8",
      },
    );
    expect(psql.stdout.trim().split("\n")).toEqual([String(LATEST_SCHEMA_VERSION)]);
    for (const app of instances) expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);
  });

  it("opens a link shared through one instance through the other", async () => {
    const client = newClient();
    const before = balancer.served.length;
    const shared = await viaBalancer("/api/presets", client, { method: "POST", body: JSON.stringify(samplePreset()) });
    expect(shared.status).toBe(201);
    const { id, deleteToken } = await shared.json();
    const read = await viaBalancer(`/api/presets/${id}`, client);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(samplePreset());
    const page = await viaBalancer(`/s/${id}`, client);
    expect(page.status).toBe(200);
    await page.arrayBuffer();
    const [madeOn, readOn] = balancer.served.slice(before, before + 2);
    expect(readOn).not.toBe(madeOn);
    // Deleted through one, gone from both.
    const deleted = await viaBalancer(`/api/presets/${id}`, client, {
      method: "DELETE",
      headers: { "x-playground-delete-token": deleteToken },
    });
    expect(deleted.status).toBe(204);
    for (const app of instances) expect((await fetch(`${app.url}/api/presets/${id}`)).status).toBe(404);
  });

  it("records a call made through either instance in the one traffic log both read", async () => {
    const made = await viaBalancer("/api/v1/messages", newClient(), {
      method: "POST",
      headers: { "user-agent": "multi-instance-traffic" },
      body: callBody(8),
    });
    expect(made.status).toBe(200);
    await made.arrayBuffer();
    const before = balancer.served.length;
    const seen: boolean[] = [];
    for (let i = 0; i < 40 && seen.length < 2; i++) {
      // Each read from a client of its own (the rate limit counts reads), and the balancer alternates instances.
      const page = await (await viaBalancer("/api/traffic?client=multi-instance-traffic", newClient())).json();
      if (page.calls.length === 1) seen.push(true);
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toEqual([true, true]);
    expect(new Set(balancer.served.slice(before)).size).toBe(2);
  });

  it("holds one rate limit across both instances", async () => {
    const client = newClient();
    const before = balancer.served.length;
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      const response = await viaBalancer("/api/v1/messages", client, { method: "POST", body: callBody(8) });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429]);
    expect(new Set(balancer.served.slice(before))).toEqual(new Set([0, 1]));
    // Another client still has its whole allowance.
    expect((await viaBalancer("/api/v1/messages", newClient(), { method: "POST", body: callBody(8) })).status).toBe(
      200,
    );
  });

  it("stops the upstream when the client presses Stop through the balancer", async () => {
    const abort = new AbortController();
    const response = await viaBalancer("/api/v1/messages", newClient(), {
      method: "POST",
      body: callBody(100, true), // 10 s of stream
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    await reader.read();
    const stopped = Date.now();
    abort.abort();
    const record = streams.at(-1)!;
    for (let i = 0; i < 50 && record.closedAt === undefined; i++) await new Promise((r) => setTimeout(r, 100));
    expect(record.finished).toBe(false);
    expect(record.closedAt! - stopped).toBeLessThan(3_000);
  });

  it("recovers Postgres connections the server kills (pg_terminate_backend) without a failed request", async () => {
    // Every instance has pooled connections.
    for (let i = 0; i < 2; i++) await (await viaBalancer(`/api/presets/${"A".repeat(24)}`, newClient())).arrayBuffer();
    const killed = spawnSync(
      join(findPostgresBin()!, "psql"),
      [
        database!.adminUrl,
        "-Atc",
        `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'messages-playground' AND datname = '${new URL(database!.url).pathname.slice(1)}'`,
      ],
      { encoding: "utf8" },
    );
    expect(Number(killed.stdout.trim())).toBeGreaterThanOrEqual(2);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const client = newClient();
      const shared = await viaBalancer("/api/presets", client, {
        method: "POST",
        body: JSON.stringify(samplePreset({ name: `after the kill ${i}` })),
      });
      statuses.push(shared.status);
      const { id } = await shared.json();
      statuses.push((await viaBalancer(`/api/presets/${id}`, client)).status);
    }
    expect(statuses).toEqual([201, 200, 201, 200, 201, 200, 201, 200]);
  });

  it("drains one instance on SIGTERM while the other serves", async () => {
    const client = newClient();
    const before = balancer.served.length;
    const response = await viaBalancer("/api/v1/messages", client, { method: "POST", body: callBody(30, true) }); // 3 s
    expect(response.status).toBe(200);
    const body = response.text();
    const draining = instances[balancer.served[before]];
    const other = instances.find((app) => app !== draining)!;
    const exit = new Promise<number | null>((resolve) => draining.process.once("exit", resolve));
    draining.process.kill("SIGTERM");
    let ready = 0;
    for (let i = 0; i < 20 && ready !== 503; i++) ready = await freshStatus(`${draining.url}/api/ready`);
    expect(ready).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 1200)); // past the delay: it takes no more connections
    // Calls through the balancer go on being answered, by the other instance.
    for (let i = 0; i < 3; i++) {
      const call = await viaBalancer("/api/v1/messages", newClient(), { method: "POST", body: callBody(4) });
      expect(call.status).toBe(200);
      await call.arrayBuffer();
    }
    expect(await body).toContain("event: message_stop");
    expect(await exit).toBe(0);
    expect(balancer.served.slice(before + 1).every((index) => instances[index] === other)).toBe(true);
  }, 60_000);
});
