// Proof with the official SDK: the standalone simulator (scripts/simulator.ts, spawned as `npm run simulator`
// would run it) answers messages.create, messages.stream, countTokens and models.list over real HTTP.
import Anthropic from "@anthropic-ai/sdk";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A fixed port of this worktree's range by default; SIMULATOR_TEST_PORT overrides it.
const PORT = Number(process.env.SIMULATOR_TEST_PORT ?? 3311);
const ROOT = path.resolve(__dirname, "../..");
let server: ChildProcess;
let client: Anthropic;

beforeAll(async () => {
  server = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/simulator.ts", "--port", String(PORT)],
    {
      cwd: ROOT,
      env: { ...process.env, SIMULATOR_PACING: "instant" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("simulator did not start")), 20_000);
    let output = "";
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("listening on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout!.on("data", seen);
    server.stderr!.on("data", seen);
    server.once("exit", (code) => reject(new Error(`simulator exited (${code}): ${output}`)));
  });
  client = new Anthropic({ baseURL: `http://127.0.0.1:${PORT}`, apiKey: "sk-simulator", maxRetries: 0 });
}, 30_000);

afterAll(() => {
  server?.kill("SIGTERM");
});

/** A reply without the per-call ids (message id, tool call ids) and the SDK's non-wire `parsed_output`. */
function comparable(message: Anthropic.Message) {
  const { id, ...rest } = message as Anthropic.Message & { parsed_output?: unknown };
  expect(id).toMatch(/^msg_/);
  delete (rest as { parsed_output?: unknown }).parsed_output;
  const withoutIds = (b: Anthropic.ContentBlock) =>
    b.type === "tool_use" || b.type === "server_tool_use"
      ? { ...b, id: "toolu" }
      : "tool_use_id" in b
        ? { ...b, tool_use_id: "toolu" }
        : b;
  return JSON.parse(JSON.stringify({ ...rest, content: rest.content.map(withoutIds) }));
}

const weather: Anthropic.Tool = {
  name: "get_weather",
  description: "Current weather for a city",
  input_schema: {
    type: "object",
    properties: { location: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
    required: ["location"],
  },
};

const requests: Array<[string, Anthropic.MessageCreateParamsNonStreaming]> = [
  [
    "text",
    {
      model: "claude-opus-4-6",
      max_tokens: 512,
      system: "You are concise.",
      messages: [{ role: "user", content: "What is a token?" }],
    },
  ],
  [
    "tool use",
    {
      model: "claude-opus-4-6",
      max_tokens: 512,
      tools: [weather],
      messages: [{ role: "user", content: "Use get_weather for Paris, please." }],
    },
  ],
  [
    "server tools",
    {
      model: "claude-opus-4-6",
      max_tokens: 2048,
      tools: [
        { type: "web_search_20250305", name: "web_search", max_uses: 2 },
        { type: "code_execution_20250825", name: "code_execution" },
      ],
      messages: [{ role: "user", content: "Search the web for the tallest towers in Paris, Rome and Oslo." }],
    },
  ],
  [
    "thinking",
    {
      model: "claude-opus-4-5",
      max_tokens: 4096,
      thinking: { type: "enabled", budget_tokens: 1024 },
      messages: [{ role: "user", content: "Why is the sea salty?" }],
    },
  ],
  [
    "adaptive thinking",
    {
      model: "claude-sonnet-4-6",
      max_tokens: 2048,
      thinking: { type: "adaptive" },
      output_config: { effort: "low" },
      messages: [{ role: "user", content: "Why?" }],
    } as Anthropic.MessageCreateParamsNonStreaming,
  ],
  [
    "max_tokens cut",
    { model: "claude-opus-4-6", max_tokens: 9, messages: [{ role: "user", content: "Tell me a story." }] },
  ],
  [
    "citations",
    {
      model: "claude-opus-4-6",
      max_tokens: 512,
      messages: [
        {
          role: "user",
          content: [
            {
              type: "document",
              source: { type: "text", media_type: "text/plain", data: "The grass is green. The sky is blue." },
              title: "Colours",
              citations: { enabled: true },
            },
            { type: "text", text: "What colour are the grass and the sky?" },
          ],
        },
      ],
    },
  ],
];

describe("the official SDK against the standalone simulator", () => {
  for (const [name, params] of requests) {
    it(`messages.stream (${name}): finalMessage() equals messages.create for the same request`, async () => {
      const created = await client.messages.create(params);
      const stream = client.messages.stream(params);
      const texts: string[] = [];
      stream.on("text", (t) => texts.push(t));
      const final = await stream.finalMessage();
      expect(comparable(final)).toEqual(comparable(created));
      expect(texts.join("")).toBe(
        created.content
          .filter((b) => b.type === "text")
          .map((b) => (b as Anthropic.TextBlock).text)
          .join(""),
      );
    });
  }

  it("messages.create: the shapes a client relies on", async () => {
    const message = await client.messages.create(requests[1][1]);
    expect(message.stop_reason).toBe("tool_use");
    const tool = message.content.find((b): b is Anthropic.ToolUseBlock => b.type === "tool_use")!;
    expect(tool.name).toBe("get_weather");
    expect((tool.input as { location: string }).location).toBe("Paris");
  });

  it("countTokens agrees with the usage of messages.create", async () => {
    const { model, messages, system, tools } = requests[1][1];
    const counted = await client.messages.countTokens({ model, messages, system, tools });
    const created = await client.messages.create(requests[1][1]);
    expect(counted.input_tokens).toBe(created.usage.input_tokens);
  });

  it("models.list pages through every model", async () => {
    const ids: string[] = [];
    for await (const model of client.models.list({ limit: 3 })) ids.push(model.id);
    expect(ids).toContain("claude-opus-4-6");
    expect(ids).toContain("claude-opus-4-8");
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(9);
  });

  it("errors arrive as the SDK's typed errors with the request id", async () => {
    const missing = client.messages.create({ ...requests[0][1], model: "claude-nope" });
    await expect(missing).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    await missing.catch((error: InstanceType<typeof Anthropic.APIError>) => {
      expect(error.status).toBe(404);
      expect(error.requestID).toMatch(/^req_/);
    });
    await expect(
      client.messages.create({ ...requests[0][1], messages: [{ role: "assistant", content: "Hi" }] }),
    ).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    const overloaded = client.messages.create(requests[0][1], { headers: { "x-simulator-fault": "529" } });
    await expect(overloaded).rejects.toMatchObject({ status: 529 });
  });

  it("an error event mid-stream rejects the stream with the API's error", async () => {
    const stream = client.messages.stream(requests[0][1], { headers: { "x-simulator-fault": "error-mid-stream" } });
    await expect(stream.finalMessage()).rejects.toThrow(/Overloaded/);
  });
});
