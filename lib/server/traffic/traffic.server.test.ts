// The traffic log through the production server (real HTTP, the simulator upstream): calls made by the official SDK
// and by raw HTTP each appear in /api/traffic as what happened, with their usage; retention, masking, the feed, the
// access token and turning recording off. Requires a prior `next build`.
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";
import { KNOWN_KEY } from "@/lib/testing/test-presets";
import type { RecordedCall, RecordedCallSummary, TrafficPage, TrafficStats } from "@/lib/traffic/types";

const MODEL = "claude-sonnet-4-6";
const dir = mkdtempSync(join(tmpdir(), "traffic-"));
let app: AppServer;

beforeAll(async () => {
  app = await startAppServer({
    PLAYGROUND_UPSTREAM: "simulator",
    SIMULATOR_PACING: "50,200",
    PLAYGROUND_DB: join(dir, "playground.db"),
    PLAYGROUND_TRAFFIC_MAX_BODY_BYTES: String(256 * 1024),
  });
}, 60_000);
afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const client = (ua?: string) =>
  new Anthropic({
    baseURL: `${app.url}/api`,
    apiKey: "unused",
    maxRetries: 0,
    ...(ua ? { defaultHeaders: { "user-agent": ua } } : {}),
  });

async function list(query = "", base = app.url): Promise<TrafficPage> {
  const response = await fetch(`${base}/api/traffic${query}`);
  expect(response.status).toBe(200);
  return response.json();
}

/** Waits until a recorded call matches (the log is written in batches, a moment after the response ends). */
async function recorded(match: (call: RecordedCallSummary) => boolean, base = app.url): Promise<RecordedCall> {
  for (let i = 0; i < 50; i++) {
    const found = (await list("?limit=200", base)).calls.find(
      (c): c is RecordedCallSummary => !("unreadable" in c) && match(c),
    );
    if (found) return (await fetch(`${base}/api/traffic/${found.id}`)).json();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the call was not recorded");
}

function raw(path: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${app.url}${path}`,
      { method: "POST", headers: { "content-type": "application/json", "user-agent": "raw-script/1", ...headers } },
      (res) => {
        res.resume();
        res.once("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("calls through the proxy, recorded", { timeout: 30_000 }, () => {
  it("a non-streamed SDK call: request as sent, the JSON reply, usage, cost, timing, key source", async () => {
    const message = await client("sdk-plain").messages.create({
      model: MODEL,
      max_tokens: 64,
      messages: [{ role: "user", content: "Say hello about tides" }],
    });
    const call = await recorded((c) => c.userAgent === "sdk-plain");
    expect(call).toMatchObject({
      status: 200,
      model: MODEL,
      stream: false,
      stopReason: message.stop_reason,
      usage: { input_tokens: message.usage.input_tokens, output_tokens: message.usage.output_tokens },
      keySource: "simulator",
      complete: true,
      truncated: false,
      request: { model: MODEL, max_tokens: 64, messages: [{ role: "user", content: "Say hello about tides" }] },
      response: { kind: "json", body: { id: message.id } },
    });
    expect(call.costUsd).toBeGreaterThan(0);
    expect(call.totalMs).toBeGreaterThanOrEqual(call.firstByteMs ?? 0);
  });

  it("a streamed SDK call: its events with arrival times, first token, final usage", async () => {
    const stream = client("sdk-stream").messages.stream({
      model: MODEL,
      max_tokens: 64,
      messages: [{ role: "user", content: "Tell me about the moon" }],
    });
    const final = await stream.finalMessage();
    const call = await recorded((c) => c.userAgent === "sdk-stream");
    expect(call).toMatchObject({ status: 200, stream: true, stopReason: final.stop_reason, complete: true });
    expect(call.usage?.output_tokens).toBe(final.usage.output_tokens);
    if (call.response.kind !== "events") throw new Error("not a stream");
    const types = call.response.events.map((e) => /^event: (\S+)/.exec(e.text)?.[1]);
    expect(types[0]).toBe("message_start");
    expect(types.at(-1)).toBe("message_stop");
    const times = call.response.events.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.at(-1)! - times[0]).toBeGreaterThan(100); // paced: the events arrived over time
    expect(call.firstTokenMs).toBeGreaterThanOrEqual(call.firstByteMs!);
  });

  it("a tool round trip: both calls, the second carrying the tool result", async () => {
    const tools = [
      {
        name: "get_weather",
        description: "The current weather in a city",
        input_schema: { type: "object" as const, properties: { city: { type: "string" } }, required: ["city"] },
      },
    ];
    const sdk = client("sdk-tools");
    const first = await sdk.messages.create({
      model: MODEL,
      max_tokens: 256,
      tools,
      tool_choice: { type: "tool", name: "get_weather" },
      messages: [{ role: "user", content: "What is the weather in Paris?" }],
    });
    const use = first.content.find((b) => b.type === "tool_use");
    if (use?.type !== "tool_use") throw new Error("no tool_use");
    await sdk.messages.create({
      model: MODEL,
      max_tokens: 256,
      tools,
      messages: [
        { role: "user", content: "What is the weather in Paris?" },
        { role: "assistant", content: first.content },
        { role: "user", content: [{ type: "tool_result", tool_use_id: use.id, content: "Sunny" }] },
      ],
    });
    const asked = await recorded((c) => c.userAgent === "sdk-tools" && c.stopReason === "tool_use");
    const answered = await recorded((c) => c.userAgent === "sdk-tools" && c.stopReason !== "tool_use");
    expect(asked.response).toMatchObject({
      kind: "json",
      body: { content: expect.arrayContaining([expect.objectContaining({ type: "tool_use" })]) },
    });
    expect(JSON.stringify(answered.request)).toContain(use.id);
  });

  it("an API error, invalid JSON, an oversized body and a client that aborts mid-stream are recorded as what happened", async () => {
    await expect(
      client("sdk-error").messages.create({
        model: "claude-nope-1",
        max_tokens: 8,
        messages: [{ role: "user", content: "x" }],
      }),
    ).rejects.toThrow();
    const error = await recorded((c) => c.userAgent === "sdk-error");
    expect(error.status).toBe(404);
    expect(error.errorType).toBe("not_found_error");

    expect(await raw("/api/v1/messages", "{not json", { "user-agent": "raw-invalid" })).toBe(400);
    const invalid = await recorded((c) => c.userAgent === "raw-invalid");
    expect(invalid).toMatchObject({
      status: 400,
      request: null,
      requestText: "{not json",
      errorType: "invalid_request_error",
    });

    const big = JSON.stringify({
      model: MODEL,
      max_tokens: 8,
      messages: [{ role: "user", content: "tides and moon ".repeat(20_000) }],
    });
    expect(await raw("/api/v1/messages", big, { "user-agent": "raw-big" })).toBe(200);
    const cut = await recorded((c) => c.userAgent === "raw-big");
    expect(cut).toMatchObject({ truncated: true, request: null, requestBytes: Buffer.byteLength(big) });
    expect(cut.requestText!.length).toBeLessThanOrEqual(256 * 1024);

    const controller = new AbortController();
    const stream = client("sdk-abort").messages.stream(
      { model: MODEL, max_tokens: 400, messages: [{ role: "user", content: "Write a long story about the sea" }] },
      { signal: controller.signal },
    );
    await new Promise<void>((resolve) => stream.on("text", () => resolve()));
    controller.abort();
    await stream.done().catch(() => {});
    const aborted = await recorded((c) => c.userAgent === "sdk-abort");
    expect(aborted).toMatchObject({ status: 499, complete: false, errorType: "client_closed" });
    expect(aborted.response.kind === "events" && aborted.response.events[0].text).toMatch(/^event: message_start/);
  });

  it("masks a key inside a body, and never stores the client's own credentials", async () => {
    await raw(
      "/api/v1/messages",
      JSON.stringify({ model: MODEL, max_tokens: 8, messages: [{ role: "user", content: `my key is ${KNOWN_KEY}` }] }),
      { "user-agent": "raw-key", "x-api-key": "client-credential-987654" },
    );
    const call = await recorded((c) => c.userAgent === "raw-key");
    const stored = JSON.stringify(call);
    expect(stored).not.toContain(KNOWN_KEY);
    expect(stored).toContain("[masked]");
  });

  it("filters, pages by cursor, totals, and the live feed; clear empties it", async () => {
    const models = (await list("?client=sdk-&limit=200")).calls;
    expect(models.length).toBeGreaterThanOrEqual(5);
    expect((await list("?status=error&limit=200")).calls.every((c) => "unreadable" in c || c.status >= 400)).toBe(true);
    expect((await list("?q=weather%20in%20paris&limit=200")).calls.length).toBe(2);
    const first = await list("?limit=2");
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.calls[0].id < first.calls[1].id).toBe(true);
    const stats: TrafficStats = await (await fetch(`${app.url}/api/traffic/stats?buckets=6`)).json();
    expect(stats.totals.calls).toBe((await list("?limit=200")).calls.length);
    expect(stats.buckets.reduce((n, b) => n + b.calls, 0)).toBe(stats.totals.calls);

    // The feed: a call made now arrives within a second of its end.
    const feed = await fetch(`${app.url}/api/traffic/feed`);
    expect(feed.headers.get("content-type")).toContain("text/event-stream");
    const reader = feed.body!.getReader();
    const heard = (async () => {
      let text = "";
      while (!text.includes("feed-probe")) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text;
    })();
    const ended = Date.now();
    await client("feed-probe").messages.create({
      model: MODEL,
      max_tokens: 8,
      messages: [{ role: "user", content: "hi" }],
    });
    expect(await heard).toMatch(/event: call\ndata: \{.*"userAgent":"feed-probe"/);
    expect(Date.now() - ended).toBeLessThan(5_000);
    await reader.cancel();

    expect((await fetch(`${app.url}/api/traffic`, { method: "DELETE" })).status).toBe(204);
    expect((await list()).calls).toEqual([]);
    expect((await fetch(`${app.url}/api/traffic/0000000000000000x`)).status).toBe(404);
  });
});

describe("retention, access, and recording off", () => {
  it("keeps the newest PLAYGROUND_TRAFFIC_MAX_CALLS; asks for the access token; records nothing when off", async () => {
    const small = await startAppServer({
      PLAYGROUND_UPSTREAM: "simulator",
      SIMULATOR_PACING: "0,0",
      PLAYGROUND_DB: join(dir, "small.db"),
      PLAYGROUND_TRAFFIC_MAX_CALLS: "3",
      PLAYGROUND_ACCESS_TOKEN: "team-token-1234",
    });
    try {
      const sdk = new Anthropic({
        baseURL: `${small.url}/api`,
        apiKey: "unused",
        maxRetries: 0,
        defaultHeaders: { "x-playground-access-token": "team-token-1234" },
      });
      for (let i = 0; i < 5; i++)
        await sdk.messages.create({ model: MODEL, max_tokens: 8, messages: [{ role: "user", content: `call ${i}` }] });
      expect((await fetch(`${small.url}/api/traffic`)).status).toBe(401);
      const read = () =>
        fetch(`${small.url}/api/traffic`, { headers: { authorization: "Bearer team-token-1234" } }).then(
          (r) => r.json() as Promise<TrafficPage>,
        );
      let page = await read();
      for (let i = 0; i < 30 && JSON.stringify(page).indexOf("call 4") < 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        page = await read();
      }
      expect(page.calls.length).toBe(3);
      const opened = await Promise.all(
        page.calls.map((c) =>
          fetch(`${small.url}/api/traffic/${c.id}`, { headers: { authorization: "Bearer team-token-1234" } }).then(
            (r) => r.json() as Promise<RecordedCall>,
          ),
        ),
      );
      expect(opened.map((c) => (c.request as { messages: { content: string }[] }).messages[0].content)).toEqual([
        "call 4",
        "call 3",
        "call 2",
      ]);
      // The access token given to the proxy is never stored.
      expect(JSON.stringify(opened)).not.toContain("team-token-1234");
    } finally {
      await small.stop();
    }

    const off = await startAppServer({
      PLAYGROUND_UPSTREAM: "simulator",
      SIMULATOR_PACING: "0,0",
      PLAYGROUND_DB: join(dir, "off.db"),
      PLAYGROUND_RECORD_TRAFFIC: "off",
    });
    try {
      await new Anthropic({ baseURL: `${off.url}/api`, apiKey: "unused", maxRetries: 0 }).messages.create({
        model: MODEL,
        max_tokens: 8,
        messages: [{ role: "user", content: "not recorded" }],
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(await list("", off.url)).toEqual({ calls: [], nextCursor: null });
    } finally {
      await off.stop();
    }
  }, 60_000);
});
