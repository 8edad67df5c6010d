import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "./config";
import { readiness } from "./health";

const dir = mkdtempSync(join(tmpdir(), "readiness-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readiness", () => {
  const env = { PLAYGROUND_DB: join(dir, "playground.db"), REDIS_URL: "redis://127.0.0.1:1" };

  it("stays ready, degraded, while Redis is away and the rate limit falls back to memory", async () => {
    const result = await readiness(readConfig(env));
    expect(result).toMatchObject({
      status: "degraded",
      checks: { storage: { ok: true, engine: "sqlite" }, redis: { ok: false } },
    });
  });

  it("is unavailable without Redis when the fallback is to refuse calls", async () => {
    const result = await readiness(readConfig({ ...env, PLAYGROUND_RATE_LIMIT_FALLBACK: "deny" }));
    expect(result.status).toBe("unavailable");
  });
});
