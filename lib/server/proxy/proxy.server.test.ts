// The proxy through the real production server (`next start`, real HTTP) against a scripted upstream.
// Requires a prior `next build`.
import { readRecorded } from "@/lib/testing/recorded";
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { connect } from "node:net";
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";
import { replaySse, startFakeUpstream, type FakeUpstream } from "@/lib/testing/fake-upstream";
import { assertNoSecret, filesContainingSecret, responseText } from "@/lib/testing/assert-no-secret";

const SERVER_KEY = "sk-ant-server-LEAKCHECK-7f3a9c1e5b2d";
const USER_KEY = "sk-ant-user-LEAKCHECK-4e8b0d6f2a1c";
const fixture = readRecorded;
const TEXT_STREAM = fixture("01_text_stream_basic.sse");
const NONSTREAM = fixture("09_nonstream_cache_usage.json");
const BODY = { model: "claude-opus-4-6", max_tokens: 64, stream: true, messages: [{ role: "user", content: "Hi" }] };
const apiError = (type: string, message: string) =>
  JSON.stringify({ type: "error", error: { type, message }, request_id: "req_up" });

/** Answers in one go (the fake upstream's handlers return nothing). */
function send(res: ServerResponse, head: [number, OutgoingHttpHeaders?], body?: string): void {
  res.writeHead(head[0], head[1] ?? {}).end(body);
}

let upstream: FakeUpstream;
let decoy: FakeUpstream;
let app: AppServer;
/** Everything the server sent back (read in full at the end, so streaming tests are not slowed). */
const seen: Record<string, Promise<string>> = {};

async function call(label: string, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${app.url}/api${path}`, {
    method: "POST",
    body: JSON.stringify(BODY),
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
  });
  seen[label] = responseText(response.clone()).catch((e) => `unreadable: ${e}`);
  return response;
}

beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => replaySse(res, TEXT_STREAM));
  decoy = await startFakeUpstream((_req, res) => void res.end("decoy"));
  app = await startAppServer({
    ANTHROPIC_API_KEY: SERVER_KEY,
    ANTHROPIC_BASE_URL: upstream.url,
    PLAYGROUND_RATE_LIMIT: "0",
    PLAYGROUND_MAX_BODY_BYTES: "65536",
    PLAYGROUND_UPSTREAM_TIMEOUT_MS: "800",
    PLAYGROUND_STREAM_IDLE_TIMEOUT_MS: "800",
    PLAYGROUND_MAX_RETRIES: "2",
    PLAYGROUND_RETRY_BASE_MS: "50",
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await upstream?.close();
  await decoy?.close();
});

/** A POST over a bare socket: the chunks of the chunked response as the server framed them, and the body. */
function chunkedResponse(path: string, body: string): Promise<{ chunks: number; body: string }> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    const received: Buffer[] = [];
    socket.on("data", (data) => received.push(data)).on("error", reject);
    socket.on("close", () => {
      const raw = Buffer.concat(received);
      let at = raw.indexOf("\r\n\r\n") + 4;
      if (!/transfer-encoding: chunked/i.test(raw.subarray(0, at).toString()))
        return reject(new Error(`not a chunked response: ${raw.subarray(0, 400)}`));
      const parts: Buffer[] = [];
      for (;;) {
        const lineEnd = raw.indexOf("\r\n", at);
        const size = parseInt(raw.subarray(at, lineEnd).toString(), 16);
        if (!size) break;
        parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
      }
      resolve({ chunks: parts.length, body: Buffer.concat(parts).toString() });
    });
  });
}

describe("forwarding", () => {
  it("streams the upstream's bytes unchanged, with the server key, the API's headers and its own timing", async () => {
    upstream.setHandler(async (_req, res) => {
      res.setHeader("anthropic-ratelimit-requests-remaining", "999");
      res.setHeader("anthropic-workspace-id", "wrkspc_01xyz");
      res.setHeader("set-cookie", "upstream=1");
      await replaySse(res, TEXT_STREAM);
    });
    const before = upstream.requests.length;
    const response = await call("stream", "/v1/messages?beta=true", {
      headers: {
        "anthropic-beta": "interleaved-thinking-2025-05-14",
        "anthropic-user-profile-id": "uprof_01abc",
        "anthropic-workspace-id": "wrkspc_01xyz",
        "x-api-key": "placeholder",
        cookie: "session=abc",
        "accept-encoding": "gzip, br",
      },
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toBe(
      TEXT_STREAM.split(/\n\n+/)
        .filter((e) => e.trim())
        .map((e) => `${e}\n\n`)
        .join(""),
    );
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("request-id")).toBe("req_fake_upstream");
    expect(response.headers.get("anthropic-ratelimit-requests-remaining")).toBe("999");
    expect(response.headers.get("anthropic-workspace-id")).toBe("wrkspc_01xyz");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("x-playground-key-source")).toBe("server");
    expect(response.headers.get("x-playground-attempts")).toBe("1");
    expect(Number(response.headers.get("x-playground-upstream-ms"))).toBeGreaterThan(0);

    const sent = upstream.requests[before];
    expect(sent.url).toBe("/v1/messages?beta=true");
    expect(sent.headers["x-api-key"]).toBe(SERVER_KEY);
    expect(sent.headers["anthropic-version"]).toBe("2023-06-01");
    expect(sent.headers["anthropic-beta"]).toBe("interleaved-thinking-2025-05-14");
    expect(sent.headers["anthropic-user-profile-id"]).toBe("uprof_01abc");
    expect(sent.headers["anthropic-workspace-id"]).toBe("wrkspc_01xyz");
    expect(sent.headers.cookie).toBeUndefined();
    expect(sent.body).toBe(JSON.stringify(BODY));
  });

  it("passes the client's anthropic-version, and the user's own key when given", async () => {
    upstream.setHandler((_req, res) => send(res, [200, { "content-type": "application/json" }], NONSTREAM));
    const response = await call("user key", "/v1/messages", {
      headers: { "x-playground-user-key": USER_KEY, "anthropic-version": "2099-01-01" },
    });
    expect(await response.json()).toEqual(JSON.parse(NONSTREAM));
    expect(response.headers.get("x-playground-key-source")).toBe("user");
    expect(upstream.requests.at(-1)!.headers["x-api-key"]).toBe(USER_KEY);
    expect(upstream.requests.at(-1)!.headers["anthropic-version"]).toBe("2099-01-01");
  });

  it("sends each event on as it arrives, before the upstream writes the next", async () => {
    let secondWrittenAt = 0;
    upstream.setHandler(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('event: ping\ndata: {"type":"ping"}\n\n');
      await new Promise((r) => setTimeout(r, 400));
      secondWrittenAt = performance.now();
      res.end('event: message_stop\ndata: {"type":"message_stop"}\n\n');
    });
    const response = await call("unbuffered", "/v1/messages");
    const reader = response.body!.getReader();
    const first = await reader.read();
    const firstAt = performance.now();
    expect(new TextDecoder().decode(first.value)).toContain("ping");
    while (!(await reader.read()).done);
    expect(secondWrittenAt).toBeGreaterThan(firstAt);
  });

  it("sends a fast stream on in a few large chunks, not one per event", async () => {
    const events = Array.from({ length: 3000 }, (_, i) => `event: ping\ndata: {"type":"ping","n":${i}}\n\n`);
    upstream.setHandler(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (const event of events) res.write(event); // each flushed on its own, as an API does
      res.end();
    });
    const { chunks, body } = await chunkedResponse("/api/v1/messages", JSON.stringify(BODY));
    expect(body).toBe(events.join(""));
    // One per event (3,000) before the proxy gathered what arrived in one turn of its event loop.
    expect(chunks).toBeLessThan(300);
  });

  it("aborts the upstream request within 200 ms when the client goes away", async () => {
    let closedAt = 0;
    upstream.setHandler(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.on("close", () => (closedAt = performance.now()));
      while (!res.destroyed) {
        res.write('event: ping\ndata: {"type":"ping"}\n\n');
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    const abortAfterFirstBytes = async () => {
      closedAt = 0;
      const abort = new AbortController();
      const response = await fetch(`${app.url}/api/v1/messages`, {
        method: "POST",
        body: JSON.stringify(BODY),
        signal: abort.signal,
      });
      await response.body!.getReader().read();
      const abortedAt = performance.now();
      abort.abort();
      while (!closedAt && performance.now() < abortedAt + 2000) await new Promise((r) => setTimeout(r, 2));
      expect(closedAt, "the upstream connection closed").toBeGreaterThan(0);
      return closedAt - abortedAt;
    };
    await abortAfterFirstBytes(); // the first abort runs cold code paths
    const delays = [await abortAfterFirstBytes(), await abortAfterFirstBytes(), await abortAfterFirstBytes()];
    // Every abort closes the upstream (an endless stream) within 2 s; the median within 200 ms, so one
    // scheduling hiccup of a 2-core machine running other server tests in parallel does not fail it.
    const median = [...delays].sort((a, b) => a - b)[1];
    expect(median, `delays ${delays.map(Math.round).join(", ")} ms`).toBeLessThan(200);
  });

  it("never lets a request choose where it goes", async () => {
    upstream.setHandler((_req, res) => send(res, [200, { "content-type": "application/json" }], NONSTREAM));
    const before = upstream.requests.length;
    const host = new URL(decoy.url).host;
    const response = await call("redirect attempt", `/v1/messages?base_url=${encodeURIComponent(decoy.url)}`, {
      headers: { "x-forwarded-host": host, "anthropic-base-url": decoy.url, "x-upstream": decoy.url },
      body: JSON.stringify({ ...BODY, stream: false, base_url: decoy.url, baseURL: decoy.url }),
    });
    expect(response.status).toBe(200);
    expect(upstream.requests.length).toBe(before + 1);
    expect(decoy.requests).toHaveLength(0);
  });

  it("does not follow an upstream redirect (it would carry the key elsewhere)", async () => {
    upstream.setHandler((_req, res) => send(res, [307, { location: `${decoy.url}/v1/messages` }]));
    const response = await call("upstream redirect", "/v1/messages");
    expect(response.status).toBe(502);
    expect((await response.json()).error.type).toBe("api_error");
    expect(decoy.requests).toHaveLength(0);
  });
});

describe("the official SDK, unchanged, through the proxy", () => {
  const sdk = () => new Anthropic({ baseURL: `${app.url}/api`, apiKey: "unused", maxRetries: 0 });

  it("streams a message, creates one, counts tokens and lists models", async () => {
    upstream.setHandler(async (req, res, body) => {
      if (req.url?.startsWith("/v1/models"))
        return send(
          res,
          [200, { "content-type": "application/json" }],
          JSON.stringify({
            data: [{ type: "model", id: "claude-x", display_name: "X", created_at: "2026-01-01T00:00:00Z" }],
            has_more: false,
            first_id: "claude-x",
            last_id: "claude-x",
          }),
        );
      if (req.url?.startsWith("/v1/messages/count_tokens"))
        return send(res, [200, { "content-type": "application/json" }], '{"input_tokens":14}');
      if (JSON.parse(body).stream) return replaySse(res, TEXT_STREAM, 5);
      send(res, [200, { "content-type": "application/json" }], NONSTREAM);
    });
    const client = sdk();
    const texts: string[] = [];
    const stream = client.messages.stream({
      model: "claude-opus-4",
      max_tokens: 32,
      messages: [{ role: "user", content: "Hi" }],
    });
    stream.on("text", (t) => texts.push(t));
    const final = await stream.finalMessage();
    expect(texts.join("")).toBe("Hello there!");
    expect(final.content).toEqual([{ type: "text", text: "Hello there!" }]);
    expect(final.stop_reason).toBe("end_turn");

    const created = await client.messages.create({
      model: "claude-opus-4-6",
      max_tokens: 32,
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(created.id).toBe(JSON.parse(NONSTREAM).id);
    expect(
      (await client.messages.countTokens({ model: "claude-opus-4-6", messages: [{ role: "user", content: "Hi" }] }))
        .input_tokens,
    ).toBe(14);
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(["claude-x"]);
    expect(upstream.requests.at(-1)!.headers["x-api-key"]).toBe(SERVER_KEY);
  });

  it("surfaces an upstream error as the SDK's typed error, with the API's own words and error code", async () => {
    upstream.setHandler((_req, res) =>
      send(res, [402, { "content-type": "application/json" }], apiError("billing_error", "Insufficient balance")),
    );
    const error = await sdk()
      .messages.create({ model: "m", max_tokens: 8, messages: [{ role: "user", content: "Hi" }] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(Anthropic.PaymentRequiredError);
    expect(error.status).toBe(402);
    expect(error.apiMessage).toBe("Insufficient balance");

    const notFound = JSON.stringify({
      type: "error",
      error: { type: "not_found_error", message: "No thread here", details: { error_code: "thread_not_found" } },
      request_id: "req_up",
    });
    upstream.setHandler((_req, res) =>
      send(res, [404, { "content-type": "application/json", "request-id": "req_up" }], notFound),
    );
    const typed = await sdk()
      .beta.messages.create({
        model: "m",
        max_tokens: 8,
        messages: [{ role: "user", content: "Hi" }],
        thread: { type: "continue", previous_message_id: "msg_gone" },
        betas: ["message-threads-2026-08-12"],
      })
      .catch((e) => e);
    expect(typed).toBeInstanceOf(Anthropic.ThreadNotFoundError);
    expect(typed.errorCode).toBe("thread_not_found");
    expect(typed.details).toEqual({ error_code: "thread_not_found" });
    expect(typed.requestID).toBe("req_up");
  });
});

describe("faults", () => {
  it("ends a stream cut mid-way with an error event, keeping what arrived", async () => {
    upstream.setHandler(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      const events = TEXT_STREAM.split("\n\n");
      res.write(`${events.slice(0, 4).join("\n\n")}\n\n${events[4].slice(0, 20)}`);
      await new Promise((r) => setTimeout(r, 50));
      res.socket!.destroy();
    });
    const response = await call("reset", "/v1/messages");
    const text = await response.text();
    const events = text.split("\n\n").filter(Boolean);
    expect(events.slice(0, 4).join("\n\n")).toBe(TEXT_STREAM.split("\n\n").slice(0, 4).join("\n\n"));
    expect(events).toHaveLength(5);
    expect(events[4]).toMatch(/^event: error\ndata: /);
    expect(JSON.parse(events[4].split("data: ")[1]).error).toMatchObject({
      type: "api_error",
      message: expect.stringContaining("lost mid-stream"),
    });
  });

  it("ends a stream that goes silent with a timeout error", async () => {
    upstream.setHandler((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('event: ping\ndata: {"type":"ping"}\n\n');
    });
    const text = await (await call("idle", "/v1/messages")).text();
    expect(text).toMatch(/^event: ping\n.*\n\nevent: error\ndata: .*"timeout_error"/s);
  });

  it("retries a connection reset before any byte, then succeeds", async () => {
    let n = 0;
    upstream.setHandler(async (req, res) => {
      if (++n === 1) return void req.socket.destroy();
      await replaySse(res, TEXT_STREAM);
    });
    const response = await call("reset then ok", "/v1/messages");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-playground-attempts")).toBe("2");
    expect(await response.text()).toContain("message_stop");
  });

  it("retries 429 honouring retry-after, then succeeds", async () => {
    let n = 0;
    upstream.setHandler(async (_req, res) => {
      if (++n === 1)
        return send(
          res,
          [429, { "content-type": "application/json", "retry-after": "1" }],
          apiError("rate_limit_error", "Rate limited"),
        );
      await replaySse(res, TEXT_STREAM);
    });
    const started = performance.now();
    const response = await call("429 then ok", "/v1/messages");
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(response.headers.get("x-playground-attempts")).toBe("2");
  });

  it("gives up on 529 after the configured retries, passing the API's body through unchanged", async () => {
    const before = upstream.requests.length;
    upstream.setHandler((_req, res) =>
      send(res, [529, { "content-type": "application/json" }], apiError("overloaded_error", "Overloaded")),
    );
    const response = await call("529", "/v1/messages");
    expect(response.status).toBe(529);
    expect(upstream.requests.length - before).toBe(3);
    expect(response.headers.get("x-playground-attempts")).toBe("3");
    expect(await response.text()).toBe(apiError("overloaded_error", "Overloaded"));
  });

  it("passes 402, 413 and a coded 400 through unchanged, without retrying them", async () => {
    const coded = JSON.stringify({
      type: "error",
      error: {
        type: "invalid_request_error",
        message: "Already continued",
        details: { error_code: "thread_already_continued" },
      },
      request_id: "req_up",
    });
    for (const [status, body] of [
      [402, apiError("billing_error", "Insufficient balance")],
      [413, apiError("request_too_large", "Input exceeds 200K tokens")],
      [400, coded],
    ] as const) {
      const before = upstream.requests.length;
      upstream.setHandler((_req, res) => send(res, [status, { "content-type": "application/json" }], body));
      const response = await call(`${status}`, "/v1/messages");
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(await response.text()).toBe(body);
      expect(upstream.requests.length - before).toBe(1);
    }
  });

  it("turns a gateway's HTML error page into the API's shape", async () => {
    upstream.setHandler((_req, res) =>
      send(res, [502, { "content-type": "text/html" }], "<html><body>Bad gateway</body></html>"),
    );
    const response = await call("html 502", "/v1/messages");
    expect(response.status).toBe(502);
    expect((await response.json()).error).toMatchObject({
      type: "api_error",
      message: expect.stringContaining("not in the API's error format"),
    });
  });

  it("refuses a malformed success response", async () => {
    upstream.setHandler((_req, res) =>
      send(res, [200, { "content-type": "application/json" }], '{"id": "msg_1", "content": [tru'),
    );
    const response = await call("malformed", "/v1/messages");
    expect(response.status).toBe(502);
    expect((await response.json()).error.message).toMatch(/malformed/);
  });

  it("times out a slow upstream (after retries) with 504", async () => {
    upstream.setHandler(() => new Promise(() => {}));
    const response = await call("slow", "/v1/messages");
    expect(response.status).toBe(504);
    expect((await response.json()).error).toMatchObject({
      type: "timeout_error",
      message: expect.stringContaining("did not answer"),
    });
    expect(response.headers.get("x-playground-attempts")).toBe("3");
  }, 15_000);

  it("redacts a key that an upstream echoes in its error", async () => {
    upstream.setHandler((req, res) =>
      send(
        res,
        [401, { "content-type": "application/json" }],
        apiError("authentication_error", `invalid x-api-key ${req.headers["x-api-key"]}`),
      ),
    );
    const response = await call("echoed key", "/v1/messages", { headers: { "x-playground-user-key": USER_KEY } });
    const body = await response.json();
    expect(body.error.message).toBe("invalid x-api-key [redacted]");
  });

  it("still serves after every fault", async () => {
    upstream.setHandler((_req, res) => replaySse(res, TEXT_STREAM));
    expect((await call("after faults", "/v1/messages")).status).toBe(200);
  });
});

describe("limits", () => {
  it("refuses a body over the limit with 413 before any upstream call", async () => {
    const before = upstream.requests.length;
    const response = await call("too large", "/v1/messages", {
      body: JSON.stringify({ ...BODY, messages: [{ role: "user", content: "x".repeat(70_000) }] }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.type).toBe("request_too_large");
    expect(upstream.requests.length).toBe(before);
  });

  it("refuses invalid JSON with 400, and a cross-site page with 403", async () => {
    const before = upstream.requests.length;
    const bad = await call("bad json", "/v1/messages", { body: '{"model": ' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.type).toBe("invalid_request_error");
    const cross = await call("cross-site", "/v1/messages", { headers: { origin: "https://evil.example" } });
    expect(cross.status).toBe(403);
    const same = await call("same-origin", "/v1/messages", { headers: { origin: app.url } });
    expect(same.status).toBe(200);
    await same.text();
    expect(upstream.requests.length).toBe(before + 1);
  });

  it("answers a method a route does not serve with 405 in the API's shape", async () => {
    const before = upstream.requests.length;
    const response = await call("wrong method", "/v1/messages", { method: "GET", body: undefined });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect((await response.json()).error).toMatchObject({
      type: "invalid_request_error",
      message: expect.stringContaining("use POST"),
    });
    expect(upstream.requests.length).toBe(before);
  });
});

describe("keys never leak", () => {
  it("no response, log line or built client file holds the server's or the user's key", async () => {
    expect(Object.keys(seen).length).toBeGreaterThan(15);
    const texts = Object.fromEntries(
      await Promise.all(Object.entries(seen).map(async ([k, v]) => [k, await v] as const)),
    );
    for (const key of [SERVER_KEY, USER_KEY]) {
      assertNoSecret(key, { ...texts, "server output": app.output() });
      expect(filesContainingSecret(key, ".next/static")).toEqual([]);
    }
    expect(app.output()).toContain("upstream answered"); // the faults above were logged, so the log was checked for something
  });
});
