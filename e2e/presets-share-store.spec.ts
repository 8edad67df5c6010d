import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./fixtures";
import { startAppServer, type AppServer } from "../lib/testing/app-server";
import { makePreset } from "../lib/presets/schema";

// Two ports of the e2e range, apart from the suite's own server.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 20;

test("the share API keeps 50 concurrent POSTs, in a new file, across a server restart", async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "share-api-"));
  const env = { PLAYGROUND_DB: join(dir, "not", "yet", "playground.db"), PLAYGROUND_UPSTREAM: "simulator" };
  const presets = Array.from({ length: 50 }, (_, i) =>
    makePreset({
      name: `Concurrent ${i}`,
      request: {
        model: "claude-opus-4-6",
        max_tokens: 100 + i,
        messages: [{ role: "user", content: `message ${i} ✓` }],
      },
    }),
  );
  let server: AppServer | null = await startAppServer(env, { port: PORT });
  try {
    const responses = await Promise.all(
      presets.map((preset) =>
        fetch(`${server!.url}/api/presets`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(preset),
        }),
      ),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(presets.map(() => 201));
    const ids = bodies.map((b: { id: string; url: string }) => {
      expect(b.url).toBe(`${server!.url}/s/${b.id}`);
      return b.id;
    });
    expect(new Set(ids).size).toBe(50);

    await server.stop();
    server = await startAppServer(env, { port: PORT + 1 });
    for (const [i, id] of ids.entries()) {
      const got = await fetch(`${server.url}/api/presets/${id}`);
      expect(got.status).toBe(200);
      expect(await got.json()).toEqual(presets[i]);
    }
    const page = await fetch(`${server.url}/s/${ids[0]}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Concurrent 0");
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
