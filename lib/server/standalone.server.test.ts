// The image's content without a container runtime (none exists here): .next/standalone laid out as the
// Dockerfile lays it out, in a folder outside the project, started as the image starts it (node
// server.mjs). It must serve the page, its static files, the proxy, and the stores on every engine: a
// package missing from the traced node_modules fails here. Requires a prior `next build`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MODELS } from "@/lib/models";
import { samplePreset } from "@/lib/testing/test-presets";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";
import { freshDatabase, stopTestEngines, testRedis } from "@/lib/testing/engines";
import { prepareStandalone } from "@/lib/testing/standalone";

const standalone = prepareStandalone();
const data = mkdtempSync(join(tmpdir(), "standalone-data-"));
const servers: AppServer[] = [];
const database = await freshDatabase();
const redis = await testRedis();
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await database?.drop();
  await stopTestEngines();
  standalone.remove();
  rmSync(data, { recursive: true, force: true });
});

const start = async (env: Record<string, string>) => {
  const app = await startAppServer(
    { PLAYGROUND_UPSTREAM: "simulator", SIMULATOR_PACING: "instant", ...env },
    { cwd: standalone.dir, entry: "server.mjs" },
  );
  servers.push(app);
  return app;
};

async function servesEverything(app: AppServer, engine: string) {
  expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  const ready = await fetch(`${app.url}/api/ready`);
  expect(await ready.json()).toMatchObject({ status: "ready", checks: { storage: { ok: true, engine } } });
  const page = await fetch(`${app.url}/`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeDefined();
  expect((await fetch(`${app.url}${script}`)).status).toBe(200);
  const call = await fetch(`${app.url}/api/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: MODELS[0].id, max_tokens: 16, messages: [{ role: "user", content: "Hi" }] }),
  });
  expect(call.status).toBe(200);
  expect(await call.json()).toMatchObject({ type: "message", role: "assistant" });
  const shared = await fetch(`${app.url}/api/presets`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(samplePreset()),
  });
  expect(shared.status).toBe(201);
  const { id } = await shared.json();
  expect((await fetch(`${app.url}/s/${id}`)).status).toBe(200);
  expect(await (await fetch(`${app.url}/api/presets/${id}`)).json()).toEqual(samplePreset());
}

describe("the standalone output, as the image runs it", () => {
  it("serves the page, its static files, the simulator and share links on the SQLite default", async () => {
    const app = await start({ PLAYGROUND_DB: join(data, "playground.db") });
    await servesEverything(app, "sqlite");
  }, 90_000);

  it.skipIf(!database || !redis)(
    "serves on Postgres and Redis (pg and ioredis are in its node_modules)",
    async () => {
      const app = await start({
        DATABASE_URL: database!.url,
        REDIS_URL: redis!.url,
        PLAYGROUND_REDIS_KEY_PREFIX: redis!.prefix,
        PLAYGROUND_RATE_LIMIT: "100",
        PLAYGROUND_METRICS: "on",
      });
      await servesEverything(app, "postgres");
      expect(await (await fetch(`${app.url}/api/ready`)).json()).toMatchObject({ checks: { redis: { ok: true } } });
      expect(await (await fetch(`${app.url}/api/metrics`)).text()).toContain("playground_api_calls_total");
    },
    90_000,
  );
});
