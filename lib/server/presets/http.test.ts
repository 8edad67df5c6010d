import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KNOWN_KEY, samplePreset } from "@/lib/testing/test-presets";
import { deletePreset, getPreset, postPreset } from "./http";
import { readConfig } from "../config";
import { SHARE_MAX_BYTES } from "./share-store";

const dir = mkdtempSync(join(tmpdir(), "share-http-"));
const previous = process.env.PLAYGROUND_DB;
beforeAll(() => {
  process.env.PLAYGROUND_DB = join(dir, "fresh", "playground.db");
});
afterAll(() => {
  if (previous === undefined) delete process.env.PLAYGROUND_DB;
  else process.env.PLAYGROUND_DB = previous;
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: string | object) =>
  postPreset(
    new Request("http://play.test/api/presets", {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("share API handlers", () => {
  it("POST returns {id, url, deleteToken} on this origin; GET returns the preset; neither is cached or indexed", async () => {
    const response = await post(samplePreset());
    expect(response.status).toBe(201);
    const { id, url, deleteToken, expiresAt } = await response.json();
    expect(url).toBe(`http://play.test/s/${id}`);
    expect(deleteToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(expiresAt).toBeNull();
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const got = await getPreset(id);
    expect(got.status).toBe(200);
    expect(got.headers.get("cache-control")).toBe("private, no-store");
    expect(got.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(await got.json()).toEqual(samplePreset());
  });

  it("DELETE takes the link's delete token; without it, or with another's, it is refused", async () => {
    const made = await (await post(samplePreset({ name: "to delete" }))).json();
    const other = await (await post(samplePreset({ name: "other" }))).json();
    const del = (token?: string) =>
      deletePreset(
        new Request(`http://play.test/api/presets/${made.id}`, {
          method: "DELETE",
          headers: token ? { "x-playground-delete-token": token } : {},
        }),
        made.id,
      );
    const refused = await del();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { type: "permission_error", message: /delete token/ } });
    expect((await del(other.deleteToken)).status).toBe(403);
    expect((await getPreset(made.id)).status).toBe(200);
    expect((await del(made.deleteToken)).status).toBe(204);
    expect((await getPreset(made.id)).status).toBe(404);
    expect((await del(made.deleteToken)).status).toBe(404);
    expect((await getPreset(other.id)).status).toBe(200);
  });

  it("with PLAYGROUND_SHARE_MAX_DAYS, POST says when the link expires", async () => {
    const response = await postPreset(
      new Request("http://play.test/api/presets", { method: "POST", body: JSON.stringify(samplePreset()) }),
      { ...readConfig(), shareMaxDays: 7 },
    );
    const { expiresAt } = await response.json();
    const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });

  it.each([
    ["not JSON", "{", 400, /not valid JSON/],
    ["a wrong schema", { name: "x", request: { model: "m" } }, 400, /request\.max_tokens/],
    ["a future version", { ...samplePreset(), version: 5 }, 400, /newer version/],
    ["a key", { ...samplePreset(), request: { ...samplePreset().request, system: KNOWN_KEY } }, 400, /API key/],
    ["an oversize body", "x".repeat(SHARE_MAX_BYTES * 2 + 1), 413, /larger than/],
  ])("refuses %s with the API's error shape", async (_label, body, status, message) => {
    const response = await post(body as string | object);
    expect(response.status).toBe(status);
    const error = await response.json();
    expect(error).toMatchObject({ type: "error", error: { message } });
    expect(JSON.stringify(error)).not.toContain(KNOWN_KEY);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    expect((await getPreset("A".repeat(24))).status).toBe(404);
    expect((await getPreset("<script>")).status).toBe(404);
  });
});

describe("share API link origin", () => {
  it("builds the link from the Host the client used", async () => {
    const response = await postPreset(
      new Request("http://localhost:3000/api/presets", {
        method: "POST",
        headers: { host: "play.example:8080" },
        body: JSON.stringify(samplePreset({ name: "host" })),
      }),
    );
    const { id, url } = await response.json();
    expect(url).toBe(`http://play.example:8080/s/${id}`);
  });
});
