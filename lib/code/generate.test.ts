import { execFileSync, spawn } from "node:child_process";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { KNOWN_KEY, samplePreset } from "@/lib/testing/test-presets";
import { generateCurl, generatePython, generateTypeScript } from "./generate";
import { parsePastedCode } from "./paste-code";

const request: Record<string, unknown> & { model: string; max_tokens: number; messages: unknown[] } = {
  ...samplePreset().request,
  messages: [{ role: "user", content: "It's a \"quoted\" $HOME `date` \\ test\nwith 'single' quotes and ünïcode ✓" }],
};

/** Runs a shell command against a loopback server and returns what the server received. */
async function runAgainstLoopback(
  command: (base: string) => string,
): Promise<{ body: string; headers: IncomingHttpHeaders; url: string }> {
  let received!: { body: string; headers: IncomingHttpHeaders; url: string };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      received = { body, headers: req.headers, url: req.url! };
      res.end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn("sh", ["-c", command(base)], {
      env: { ...process.env, ANTHROPIC_API_KEY: KNOWN_KEY },
      stdio: "ignore",
    });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`sh exited ${code}`))));
  });
  server.close();
  return received;
}

describe("Get code", () => {
  it("curl, run by sh, sends exactly the request with the key from the environment", async () => {
    const code = generateCurl(request, { baseUrl: "http://placeholder" });
    expect(code).not.toContain(KNOWN_KEY);
    expect(code).toContain("$ANTHROPIC_API_KEY");
    const got = await runAgainstLoopback((base) => generateCurl(request, { baseUrl: base }));
    expect(got.url).toBe("/api/v1/messages");
    expect(JSON.parse(got.body)).toEqual(request);
    expect(got.headers["x-api-key"]).toBe(KNOWN_KEY);
    expect(got.headers["anthropic-version"]).toBe("2023-06-01");
    expect(got.headers["content-type"]).toBe("application/json");
  });

  it("curl pasted back gives the same request (Get code → Paste code)", () => {
    const pasted = parsePastedCode(generateCurl(request, { baseUrl: "http://localhost:3000/api" }));
    expect(pasted).toMatchObject({ ok: true, source: "curl", request });
  });

  it("TypeScript parses, uses @anthropic-ai/sdk, the base URL and the env key", () => {
    const code = generateTypeScript(request, { baseUrl: "http://localhost:3000/api/" });
    const file = ts.createSourceFile("x.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    expect((file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    expect(code).toContain('import Anthropic from "@anthropic-ai/sdk"');
    expect(code).toContain('baseURL: "http://localhost:3000/api"');
    expect(code).toContain("apiKey: process.env.ANTHROPIC_API_KEY");
    expect(code).toContain("stream: true");
    expect(code).toContain('"some_future_field"'.replace(/"/g, ""));
    // The literal evaluates back to the request.
    const literal = code.slice(code.indexOf("create(") + 7, code.lastIndexOf("});") + 1);
    expect(new Function(`return (${literal});`)()).toEqual(request);
    expect(generateTypeScript({ ...request, stream: false }, { baseUrl: "https://api.anthropic.com" })).not.toContain(
      "baseURL",
    );
  });

  it("Python parses, uses anthropic, the base URL and the env key", () => {
    const code = generatePython({ ...request, "odd-key": 1 }, { baseUrl: "http://localhost:3000/api" });
    expect(code).not.toContain(KNOWN_KEY);
    expect(code).toContain('os.environ["ANTHROPIC_API_KEY"]');
    expect(code).toContain('base_url="http://localhost:3000/api"');
    expect(code).toContain("stream=True");
    expect(code).toContain("extra_body=");
    // Python's own parser, and the keyword arguments evaluated back to the request.
    const check = `
import ast, json, sys
tree = ast.parse(sys.stdin.read())
call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "create")
args = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
print(json.dumps(args))`;
    const args = JSON.parse(execFileSync("python3", ["-c", check], { input: code }).toString());
    const { stream, ...params } = request;
    expect(args).toEqual({ ...params, stream, extra_body: { "odd-key": 1 } });
  });

  describe("with beta features", () => {
    const betas = ["message-threads-2026-08-12", "some-future-beta-2027-01-01"];

    it("curl sends them as the anthropic-beta header, and Paste code reads them back", async () => {
      const got = await runAgainstLoopback((base) => generateCurl(request, { baseUrl: base, betas }));
      expect(got.headers["anthropic-beta"]).toBe(betas.join(","));
      expect(JSON.parse(got.body)).toEqual(request);
      const pasted = parsePastedCode(generateCurl(request, { baseUrl: "http://localhost:3000/api", betas }));
      expect(pasted).toMatchObject({ ok: true, request, betas });
      // Without the header, none.
      expect(parsePastedCode(generateCurl(request, { baseUrl: "http://x" }))).toMatchObject({ ok: true, betas: [] });
    });

    it("TypeScript calls client.beta.messages.create with `betas`", () => {
      for (const stream of [true, false]) {
        const code = generateTypeScript({ ...request, stream }, { baseUrl: "http://localhost:3000/api", betas });
        expect(code).toContain("await client.beta.messages.create(");
        const literal = code.slice(code.indexOf("create(") + 7, code.lastIndexOf("});") + 1);
        const { stream: _, ...params } = request;
        expect(new Function(`return (${literal});`)()).toEqual({ ...params, ...(stream ? { stream } : {}), betas });
      }
      expect(generateTypeScript(request, { baseUrl: "http://x" })).toContain("client.messages.create(");
    });

    it("Python calls client.beta.messages.create with `betas`", () => {
      const code = generatePython(request, { baseUrl: "http://localhost:3000/api", betas });
      expect(code).toContain("client.beta.messages.create(");
      const check = `
import ast, json, sys
tree = ast.parse(sys.stdin.read())
call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "create")
print(json.dumps({k.arg: ast.literal_eval(k.value) for k in call.keywords}))`;
      const args = JSON.parse(execFileSync("python3", ["-c", check], { input: code }).toString());
      expect(args.betas).toEqual(betas);
    });
  });
});
