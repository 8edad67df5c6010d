// Access control through the real production server: access token, rate limit, an unreachable upstream,
// and the SDK against the built-in simulator. Requires a prior `next build`.
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAppServer, type AppServer } from "@/lib/testing/app-server";
import { assertNoSecret, filesContainingSecret, responseText } from "@/lib/testing/assert-no-secret";
import { MODELS } from "@/lib/models";

const TOKEN = "access-LEAKCHECK-5d1e9a7c3b";
const USER_KEY = "sk-ant-user-LEAKCHECK-b7c4e2a90f13";
const MODEL = MODELS[0].id;
const BODY = JSON.stringify({ model: MODEL, max_tokens: 32, messages: [{ role: "user", content: "Hello" }] });

let app: AppServer;
const seen: Record<string, string> = {};

async function call(label: string, headers: Record<string, string>, path = "/v1/messages"): Promise<Response> {
  const response = await fetch(`${app.url}/api${path}`, {
    method: "POST",
    body: BODY,
    headers: { "content-type": "application/json", ...headers },
  });
  seen[label] = await responseText(response);
  return response;
}

beforeAll(async () => {
  const deadPort = await freePort(); // nothing listens there: connection refused
  app = await startAppServer({
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${deadPort}`,
    PLAYGROUND_ACCESS_TOKEN: TOKEN,
    PLAYGROUND_RATE_LIMIT: "12",
    PLAYGROUND_MAX_RETRIES: "1",
    PLAYGROUND_RETRY_BASE_MS: "20",
    SIMULATOR_PACING: "instant",
  });
}, 60_000);

afterAll(() => app?.stop());

describe("with PLAYGROUND_ACCESS_TOKEN", () => {
  it("refuses every API route without the token, in the API's shape", async () => {
    for (const path of ["/v1/messages", "/v1/messages/count_tokens"]) {
      const response = await call(`no token ${path}`, {}, path);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        type: "error",
        error: { type: "authentication_error", message: expect.stringContaining("Access token") },
      });
    }
    const models = await fetch(`${app.url}/api/v1/models`, { headers: { "x-playground-access-token": "wrong" } });
    expect(models.status).toBe(401);
  });

  it("serves with the token in its header or as a Bearer token", async () => {
    const viaHeader = await call("token header", { "x-playground-access-token": TOKEN });
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.headers.get("x-playground-key-source")).toBe("simulator");
    expect((await call("bearer", { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it("lets the official SDK stream from the simulator (the token as a default header)", async () => {
    const client = new Anthropic({
      baseURL: `${app.url}/api`,
      apiKey: "unused",
      defaultHeaders: { "x-playground-access-token": TOKEN },
      maxRetries: 0,
    });
    const stream = client.messages.stream({
      model: MODEL,
      max_tokens: 64,
      messages: [{ role: "user", content: "Say hello" }],
    });
    let deltas = 0;
    stream.on("text", () => deltas++);
    const message = await stream.finalMessage();
    expect(deltas).toBeGreaterThan(1);
    expect(message.content.find((b) => b.type === "text")).toMatchObject({ type: "text", text: expect.any(String) });
    expect(["end_turn", "max_tokens"]).toContain(message.stop_reason);
    expect((await client.models.list()).data.length).toBeGreaterThan(0);
  });

  it("answers an unreachable upstream (connection refused) with 502 after retrying", async () => {
    const response = await call("refused", { "x-playground-access-token": TOKEN, "x-playground-user-key": USER_KEY });
    expect(response.status).toBe(502);
    expect(response.headers.get("x-playground-attempts")).toBe("2");
    expect((await response.json()).error).toMatchObject({
      type: "api_error",
      message: expect.stringContaining("connection refused"),
    });
  });

  it("limits requests per client per minute, with retry-after", async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 13 && !limited; i++) {
      const response = await call(`burst ${i}`, { "x-playground-access-token": TOKEN });
      if (response.status === 429) limited = response;
    }
    expect(limited).toBeDefined();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited!.json()).error).toMatchObject({
      type: "rate_limit_error",
      message: expect.stringContaining("12 per minute"),
    });
  });

  it("leaks neither the token nor the user's key", () => {
    for (const secret of [TOKEN, USER_KEY]) {
      assertNoSecret(secret, { ...seen, "server output": app.output() });
      expect(filesContainingSecret(secret, ".next/static")).toEqual([]);
    }
  });
});
