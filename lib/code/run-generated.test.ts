// The generated curl and TypeScript programs, really run (sh + curl; node + the installed
// @anthropic-ai/sdk) against the simulator on a loopback port: both print the same streamed reply.
import { replyTextOfSse } from "@/lib/testing/fixture-streams";
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleSimulatorRequest } from "@/lib/simulator/handler";
import { INSTANT_PACING } from "@/lib/simulator/pacing";
import { generateCurl, generateTypeScript } from "./generate";

const run = promisify(execFile);
const request = {
  model: "claude-opus-4-6",
  max_tokens: 256,
  stream: true,
  messages: [{ role: "user", content: 'Explain tides in one line, it\'s "fun".' }],
};
const seenKeys: (string | null)[] = [];
const seenBetas: (string | null)[] = [];
const betas = ["message-threads-2026-08-12"];
let base = "";
let server: ReturnType<typeof createServer>;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    // curl sends x-api-key; this SDK version sends `authorization: Bearer <key>`.
    seenKeys.push((req.headers["x-api-key"] as string) ?? req.headers.authorization?.replace(/^Bearer /, "") ?? null);
    seenBetas.push((req.headers["anthropic-beta"] as string) ?? null);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const response = await handleSimulatorRequest(
      new Request(`http://sim${req.url!.replace(/^\/api/, "")}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: req.method === "GET" ? undefined : Buffer.concat(chunks),
      }),
      { pacing: INSTANT_PACING },
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => server.close());

describe("generated code, run for real", () => {
  it("curl and the TypeScript SDK program print the same reply, with the key from the environment and the betas", async () => {
    const env = { ...process.env, ANTHROPIC_API_KEY: "test-env-key" };
    const curl = await run("sh", ["-c", generateCurl(request, { baseUrl: base, betas })], { env });
    const expected = replyTextOfSse(curl.stdout);
    expect(expected.length).toBeGreaterThan(20);

    // Transpiled as an ES module inside the project, so `@anthropic-ai/sdk` resolves from node_modules.
    const js = ts.transpileModule(generateTypeScript(request, { baseUrl: base, betas }), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const file = join(process.cwd(), "node_modules", ".cache", `generated-${process.pid}.mjs`);
    writeFileSync(file, js);
    try {
      const program = await run(process.execPath, [file], { env, timeout: 30_000 });
      expect(program.stdout).toBe(expected);
    } finally {
      rmSync(file, { force: true });
    }
    expect(seenKeys).toEqual(["test-env-key", "test-env-key"]);
    expect(seenBetas).toEqual([betas.join(","), betas.join(",")]);
  }, 60_000);
});
