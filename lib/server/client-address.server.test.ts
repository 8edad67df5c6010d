// Who the client is, through the production server: a header the client writes itself no longer escapes
// the rate limit, on the proxy's routes and the App Router's alike. Requires a prior `next build`.
import { afterAll, describe, expect, it } from "vitest";
import { MODELS } from "@/lib/models";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";
import { samplePreset } from "@/lib/testing/test-presets";

const BODY = JSON.stringify({ model: MODELS[0].id, max_tokens: 8, messages: [{ role: "user", content: "Hi" }] });
const servers: AppServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.stop())));

async function start(env: Record<string, string>) {
  const app = await startAppServer({ PLAYGROUND_RATE_LIMIT: "3", SIMULATOR_PACING: "instant", ...env });
  servers.push(app);
  return app;
}

/** The status, once the body is read (so the connection is free for the next call). */
async function statusOf(response: Response): Promise<number> {
  await response.arrayBuffer();
  return response.status;
}

const message = (app: AppServer, forwardedFor: string) =>
  fetch(`${app.url}/api/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
    body: BODY,
  }).then(statusOf);

const share = (app: AppServer, forwardedFor: string) =>
  fetch(`${app.url}/api/presets`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
    body: JSON.stringify(samplePreset()),
  }).then(statusOf);

describe("the client's identity", () => {
  it("with no trusted proxy (the default), is the socket's address: a new x-forwarded-for each call escapes nothing", async () => {
    const app = await start({});
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await message(app, `198.51.100.${i}`));
    expect(statuses).toEqual([200, 200, 200, 429]);
    // The App Router's routes count the same client.
    expect(await share(app, "203.0.113.99")).toBe(429);
  }, 60_000);

  it("with PLAYGROUND_TRUSTED_PROXY_HOPS=1, is the address the proxy in front vouches for", async () => {
    const app = await start({ PLAYGROUND_TRUSTED_PROXY_HOPS: "1" });
    // Four clients behind the proxy: each its own allowance.
    for (let i = 0; i < 4; i++) expect(await message(app, `spoofed-by-client, 198.51.100.${i}`)).toBe(200);
    // One client: the entries it wrote itself (left of the proxy's) change nothing.
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await share(app, `10.9.9.${i}, 192.0.2.1`));
    expect(statuses).toEqual([201, 201, 201, 429]);
  }, 60_000);
});
