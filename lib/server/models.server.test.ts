// The models endpoints and the upstream profile through the real production server (`next start`, real HTTP), with
// the official SDK pointed at the proxy, as a user's code would be. Requires a prior `next build`.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELS } from "@/lib/models";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";

const EXAMPLE_PROFILE = path.resolve(__dirname, "../../profiles/bytespike.json");
const longPrompt = "tide ".repeat(200_500);

const sdk = (app: AppServer) => new Anthropic({ baseURL: `${app.url}/api`, apiKey: "unused", maxRetries: 0 });

describe("without a profile: the models as Anthropic's API serves them", () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ PLAYGROUND_UPSTREAM: "simulator", SIMULATOR_PACING: "instant" });
  }, 60_000);
  afterAll(() => app?.stop());

  it("client.models.retrieve(id) works through the proxy and carries limits, lifecycle and capabilities", async () => {
    const opus = await sdk(app).models.retrieve("claude-opus-4-6");
    expect(opus).toMatchObject({
      type: "model",
      id: "claude-opus-4-6",
      display_name: "Claude Opus 4.6",
      created_at: "2026-02-05T00:00:00Z",
      max_input_tokens: 1_000_000,
      max_tokens: 128_000,
      lifecycle: "active",
      line: "opus",
    });
    expect(opus.capabilities?.thinking.types).toMatchObject({
      adaptive: { supported: true },
      enabled: { supported: true },
      disabled: { supported: true },
    });
    expect(opus.capabilities?.effort).toMatchObject({
      supported: true,
      max: { supported: true },
      xhigh: { supported: false },
    });
    const deprecated = await sdk(app).models.retrieve("claude-opus-4-5");
    expect(deprecated).toMatchObject({ lifecycle: "deprecated", retires_at: "2027-01-22T00:00:00Z" });
    expect(deprecated.capabilities?.thinking.types.adaptive.supported).toBe(false);
    await expect(sdk(app).models.retrieve("claude-nope")).rejects.toMatchObject({ status: 404 });
  });

  it("client.models.list() pages through every model of the catalogue, newest first", async () => {
    const ids: string[] = [];
    for await (const model of sdk(app).models.list({ limit: 5 })) ids.push(model.id);
    expect([...ids].sort()).toEqual(MODELS.map((m) => m.id).sort());
    expect(ids[0]).toBe("claude-fable-5-2");
    const page = await sdk(app).models.list({ lifecycle: ["deprecated"] });
    expect(page.data.map((m) => m.id)).toEqual(["claude-opus-4-5"]);
  });

  it("a prompt over the window is refused as the API refuses it: 400, not 413", async () => {
    const call = sdk(app).messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 16,
      messages: [{ role: "user", content: longPrompt }],
    });
    await expect(call).rejects.toMatchObject({ status: 400, error: { error: { type: "invalid_request_error" } } });
  });
});

describe("with the brief's gateway profile (PLAYGROUND_UPSTREAM_PROFILE)", () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({
      PLAYGROUND_UPSTREAM: "simulator",
      SIMULATOR_PACING: "instant",
      PLAYGROUND_UPSTREAM_PROFILE: EXAMPLE_PROFILE,
    });
  }, 60_000);
  afterAll(() => app?.stop());

  it("serves the gateway's limits, refuses as it does, and tells the page its profile", async () => {
    expect(await sdk(app).models.retrieve("claude-opus-4-6")).toMatchObject({
      max_input_tokens: 200_000,
      max_tokens: 32_768,
    });
    const long = sdk(app).messages.create({
      model: "claude-opus-4-6",
      max_tokens: 16,
      messages: [{ role: "user", content: longPrompt }],
    });
    await expect(long).rejects.toMatchObject({
      status: 413,
      error: { error: { type: "request_too_large", message: "Input exceeds 200K tokens" } },
    });
    // An explicit timeout: without one the SDK refuses a non-streaming call this long before sending it.
    const many = sdk(app).messages.create(
      { model: "claude-opus-4-6", max_tokens: 40_000, messages: [{ role: "user", content: "Hi" }] },
      { timeout: 60_000 },
    );
    await expect(many).rejects.toMatchObject({
      status: 400,
      error: { error: { message: expect.stringMatching(/^max_tokens: 40000 > 32768/) } },
    });
    const profile = await (await fetch(`${app.url}/api/upstream-profile`)).json();
    expect(profile).toMatchObject({
      errors: [],
      profile: {
        name: "ByteSpike gateway",
        models: { "claude-opus-4-6": { contextWindow: 200_000, maxOutput: 32_768 } },
      },
    });
  });
});

describe("with a bad profile", () => {
  let app: AppServer;
  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "profile-")), "bad.json");
    writeFileSync(file, JSON.stringify({ models: { "claude-opus-4-6": { contextWindow: "200K" } } }));
    app = await startAppServer({
      PLAYGROUND_UPSTREAM: "simulator",
      SIMULATOR_PACING: "instant",
      PLAYGROUND_UPSTREAM_PROFILE: file,
    });
  }, 60_000);
  afterAll(() => app?.stop());

  it("keeps running on the catalogue and says why, to the page and in the log", async () => {
    expect(await sdk(app).models.retrieve("claude-opus-4-6")).toMatchObject({ max_input_tokens: 1_000_000 });
    const body = (await (await fetch(`${app.url}/api/upstream-profile`)).json()) as { errors: string[] };
    expect(body.errors).toEqual([
      expect.stringMatching(/PLAYGROUND_UPSTREAM_PROFILE does not match[\s\S]*contextWindow/),
    ]);
    expect(app.output()).toContain("[profile] PLAYGROUND_UPSTREAM_PROFILE does not match");
  });
});
