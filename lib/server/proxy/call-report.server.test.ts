// One log line per API call and the Prometheus metrics, through the production server on the simulator.
// Requires a prior `next build`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELS } from "@/lib/models";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";

const TOKEN = "metrics-token-LEAKCHECK";
const USER_KEY = "sk-ant-user-LEAKCHECK-0c1d2e3f";
const PROMPT = "A prompt that must never reach a log line";
const MODEL = MODELS[0].id;
let app: AppServer;

beforeAll(async () => {
  app = await startAppServer({
    PLAYGROUND_UPSTREAM: "simulator",
    SIMULATOR_PACING: "instant",
    PLAYGROUND_METRICS: "on",
    PLAYGROUND_LOG_FORMAT: "json",
    PLAYGROUND_ACCESS_TOKEN: TOKEN,
  });
}, 60_000);
afterAll(() => app?.stop());

async function call(stream: boolean, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/api/v1/messages`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-playground-access-token": TOKEN,
      "x-playground-user-key": USER_KEY,
      ...headers,
    },
    body: JSON.stringify({ model: MODEL, max_tokens: 64, stream, messages: [{ role: "user", content: PROMPT }] }),
  });
  return { status: response.status, text: await response.text(), requestId: response.headers.get("request-id") };
}

/** The call lines the server printed (one JSON object per line). */
function callLines(): Record<string, unknown>[] {
  return app
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line))
    .filter((line) => line.route === "/v1/messages");
}

async function waitForLines(count: number) {
  for (let i = 0; i < 50 && callLines().length < count; i++) await new Promise((r) => setTimeout(r, 100));
  return callLines();
}

describe("the per-call log line and the metrics", () => {
  it("logs one JSON line per call with its route, status, model, tokens, duration, request-id and attempts", async () => {
    const streamed = await call(true);
    const whole = await call(false);
    const refused = await call(false, { "x-simulator-fault": "429" });
    const cut = await call(true, { "x-simulator-fault": "error-mid-stream" });
    expect([streamed.status, whole.status, refused.status, cut.status]).toEqual([200, 200, 429, 200]);
    const lines = await waitForLines(4);
    expect(lines).toHaveLength(4);
    const [s, w, r, c] = lines;
    for (const line of lines) {
      expect(line).toMatchObject({ level: expect.any(String), method: "POST", model: MODEL, source: "simulator" });
      expect(line.durationMs).toEqual(expect.any(Number));
      expect(line.time).toEqual(expect.any(String));
    }
    expect(s).toMatchObject({ status: 200, stream: true, complete: true, attempts: 1, requestId: streamed.requestId });
    expect(s.inputTokens).toBeGreaterThan(0);
    expect(s.outputTokens).toBeGreaterThan(0);
    expect(w).toMatchObject({ status: 200, stream: false, requestId: whole.requestId });
    expect(w.outputTokens).toBeGreaterThan(0);
    expect(r).toMatchObject({ status: 429, errorType: "rate_limit_error" });
    expect(c).toMatchObject({ status: 200, stream: true, errorType: expect.stringMatching(/error/) });
    // Never a key, the access token, the prompt or the reply.
    const output = app.output();
    for (const secret of [USER_KEY, TOKEN, PROMPT]) expect(output).not.toContain(secret);
    const replyWords = whole.text.match(/"text":"([^"]{12,})/)?.[1];
    if (replyWords) expect(output).not.toContain(replyWords);
  });

  it("serves Prometheus metrics behind the access token", async () => {
    expect((await fetch(`${app.url}/api/metrics`)).status).toBe(401);
    const response = await fetch(`${app.url}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/playground_api_calls_total\{route="\/v1\/messages",status="200",source="simulator"\} 3/);
    expect(text).toMatch(/playground_api_errors_total\{route="\/v1\/messages",type="rate_limit_error"\} 1/);
    expect(text).toMatch(new RegExp(`playground_tokens_total\\{model="${MODEL}",type="output"\\} [1-9]`));
    expect(text).toMatch(/playground_streams_in_flight 0/);
    expect(text).toMatch(/playground_upstream_latency_seconds_count\{route="\/v1\/messages"\} 4/);
    expect(text).toMatch(/playground_process_resident_memory_bytes \d+/);
  });
});

describe("with metrics off (the default)", () => {
  it("answers 404 at /api/metrics", async () => {
    const off = await startAppServer({ PLAYGROUND_UPSTREAM: "simulator" });
    try {
      expect((await fetch(`${off.url}/api/metrics`)).status).toBe(404);
    } finally {
      await off.stop();
    }
  }, 60_000);
});
