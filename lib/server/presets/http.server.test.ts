// The share API's lifecycle through the production server with an access token: whoever holds it may delete
// any link, with or without the link's delete token; without it nothing is deleted. Requires a prior
// `next build`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePreset } from "@/lib/testing/test-presets";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";

const TOKEN = "team-access-token";
const dir = mkdtempSync(join(tmpdir(), "share-lifecycle-"));
let app: AppServer;
beforeAll(async () => {
  app = await startAppServer({ PLAYGROUND_ACCESS_TOKEN: TOKEN, PLAYGROUND_DB: join(dir, "playground.db") });
}, 60_000);
afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const api = (path: string, init: RequestInit = {}, token: string | null = TOKEN) =>
  fetch(`${app.url}/api/presets${path}`, {
    ...init,
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...init.headers,
    },
  });

describe("share links behind an access token", () => {
  it("lets the access token's holder delete any link; without the access token nothing is deleted", async () => {
    const made = await api("", { method: "POST", body: JSON.stringify(samplePreset()) });
    expect(made.status).toBe(201);
    const { id, deleteToken } = await made.json();
    // The link's own delete token without the access token: refused at the door.
    const refused = await api(
      `/${id}`,
      { method: "DELETE", headers: { "x-playground-delete-token": deleteToken } },
      null,
    );
    expect(refused.status).toBe(401);
    expect((await api(`/${id}`)).status).toBe(200);
    // The access token alone deletes it.
    expect((await api(`/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await api(`/${id}`)).status).toBe(404);
    expect((await api(`/${id}`, { method: "DELETE" })).status).toBe(404);
  }, 30_000);
});
