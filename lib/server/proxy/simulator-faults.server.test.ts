// The simulator's fault injection reaches it through the proxy (in-process upstream), so the playground
// can demonstrate every failure without a network. Requires a prior `next build`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";

let app: AppServer;
const BODY = {
  model: "claude-opus-4-6",
  max_tokens: 256,
  messages: [{ role: "user", content: "Tell me about tides." }],
};

const post = (fault: string, body: object = BODY) =>
  fetch(`${app.url}/api/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-simulator-fault": fault },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  app = await startAppServer({ SIMULATOR_PACING: "instant", PLAYGROUND_RATE_LIMIT: "0" });
}, 60_000);

afterAll(() => app?.stop());

describe("simulator faults through the proxy", () => {
  it("answers 402 with the wallet-exhausted billing error", async () => {
    const response = await post("402");
    expect(response.status).toBe(402);
    expect(response.headers.get("x-playground-key-source")).toBe("simulator");
    expect(await response.json()).toMatchObject({ type: "error", error: { type: "billing_error" } });
  });

  it("ends a stream with an error event after some text, and no message_stop", async () => {
    const response = await post("error-mid-stream", { ...BODY, stream: true });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("event: content_block_delta");
    expect(text).toMatch(/event: error\ndata: \{[^\n]*"overloaded_error"/);
    expect(text).not.toContain("event: message_stop");
  });

  it("serves a normal reply when no fault is asked for", async () => {
    const response = await fetch(`${app.url}/api/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(BODY),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).stop_reason).toBe("end_turn");
  });
});
