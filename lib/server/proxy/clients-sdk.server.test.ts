// Proof by real clients: the official SDK's helpers (tool runner, message threads, streaming, typed errors), unchanged,
// against the production server (`next start`, real HTTP) with the built-in simulator as its upstream.
// Requires a prior `next build`.
import Anthropic from "@anthropic-ai/sdk";
import { betaZodTool } from "@anthropic-ai/sdk/helpers/beta/zod";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";

const MODEL = "claude-sonnet-4-6";
const THREADS_BETA = "message-threads-2026-08-12";

let app: AppServer;
/** Every request the SDK sent: its path, `anthropic-beta` header and body. */
let sent: { path: string; betas: string | null; body: Record<string, unknown> }[] = [];

function client(): Anthropic {
  return new Anthropic({
    baseURL: `${app.url}/api`,
    apiKey: "unused",
    maxRetries: 0,
    fetch: async (url, init) => {
      const headers = new Headers(init?.headers);
      sent.push({
        path: new URL(String(url)).pathname + new URL(String(url)).search,
        betas: headers.get("anthropic-beta"),
        body: typeof init?.body === "string" ? JSON.parse(init.body) : {},
      });
      return fetch(url, init);
    },
  });
}

const weather = (calls: string[]) =>
  betaZodTool({
    name: "get_weather",
    description: "The current weather in a city",
    inputSchema: z.object({ city: z.string() }),
    run: ({ city }) => {
      calls.push(city);
      return `Sunny, 21 °C in ${city}`;
    },
  });

beforeAll(async () => {
  // 400 ms to the first token, then at once: a stream lasts long enough for a second request to meet it in flight.
  app = await startAppServer({ PLAYGROUND_UPSTREAM: "simulator", SIMULATOR_PACING: "400,0" });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe("the SDK's tool runner", () => {
  it("runs the tool the model calls, sends its result on the thread, and the final reply uses it", async () => {
    sent = [];
    const calls: string[] = [];
    const runner = client().beta.messages.toolRunner({
      model: MODEL,
      max_tokens: 1024,
      messages: [{ role: "user", content: "Please use get_weather for Paris." }],
      tools: [weather(calls)],
    });
    const replies: Anthropic.Beta.BetaMessage[] = [];
    for await (const message of runner) replies.push(message);

    expect(calls).toHaveLength(1);
    expect(replies).toHaveLength(2);
    expect(replies[0].stop_reason).toBe("tool_use");
    const final = await runner.done();
    expect(final.stop_reason).toBe("end_turn");
    expect(final.content.map((b) => (b.type === "text" ? b.text : "")).join("")).toContain(
      `Sunny, 21 °C in ${calls[0]}`,
    );

    // The runner threads: the first turn creates the thread with the tools, the second sends only the tool result.
    expect(sent).toHaveLength(2);
    expect(sent.every((r) => r.path === "/api/v1/messages" && r.betas?.includes(THREADS_BETA))).toBe(true);
    expect(sent[0].body.thread).toEqual({ type: "create" });
    expect(sent[0].body.tools).toHaveLength(1);
    expect(sent[1].body.thread).toEqual({ type: "continue", previous_message_id: replies[0].id });
    expect(sent[1].body.tools).toBeUndefined();
    expect(sent[1].body.messages).toEqual([
      {
        role: "user",
        content: [
          expect.objectContaining({
            type: "tool_result",
            tool_use_id: (replies[0].content.at(-1) as { id: string }).id,
          }),
        ],
      },
    ]);
  });

  it("streams each turn, and without a thread (`thread: false`) sends the whole history", async () => {
    sent = [];
    const calls: string[] = [];
    const runner = client().beta.messages.toolRunner({
      model: MODEL,
      max_tokens: 1024,
      messages: [{ role: "user", content: "Please use get_weather for Oslo." }],
      tools: [weather(calls)],
      stream: true,
      thread: false,
    });
    const texts: string[] = [];
    for await (const stream of runner) {
      stream.on("text", (text) => texts.push(text));
      await stream.finalMessage();
    }
    const final = await runner.done();
    expect(calls).toHaveLength(1);
    expect(texts.join("")).toContain(`Sunny, 21 °C in ${calls[0]}`);
    expect(final.stop_reason).toBe("end_turn");
    expect(sent.map((r) => r.body.thread)).toEqual([undefined, undefined]);
    expect(sent[1].body.messages).toHaveLength(3);
  });
});

describe("the SDK's message threads", () => {
  it("sends twice: the second turn continues the first, with only its new message", async () => {
    sent = [];
    const thread = client().beta.messages.thread({ model: MODEL, max_tokens: 512, system: "Answer briefly." });
    const first = await thread.send({ role: "user", content: "What is a tide?" });
    const second = await thread.send({ role: "user", content: "And a neap tide?" });
    expect(second.id).not.toBe(first.id);
    expect(thread.previousMessageId).toBe(second.id);
    expect(thread.messages).toHaveLength(4);
    expect(sent[1].body).toMatchObject({
      thread: { type: "continue", previous_message_id: first.id },
      messages: [{ role: "user", content: "And a neap tide?" }],
    });
    expect(sent[1].body.system).toBeUndefined();

    // Streamed turns too: the stream's final message is the thread's next anchor.
    const stream = thread.stream({ role: "user", content: "Thanks." });
    const events: string[] = [];
    stream.on("streamEvent", (event) => events.push(event.type));
    const third = await stream.finalMessage();
    expect(events[0]).toBe("message_start");
    expect(events.at(-1)).toBe("message_stop");
    expect(thread.previousMessageId).toBe(third.id);
  });

  it("replays the whole conversation under a new thread when the server refuses the continue", async () => {
    const sdk = client();
    const thread = sdk.beta.messages.thread({ model: MODEL, max_tokens: 512 });
    const first = await thread.send({ role: "user", content: "Hello." });
    // Someone else continues the same reply first: the thread's own continue is then refused.
    await sdk.beta.messages.create({
      model: MODEL,
      max_tokens: 64,
      messages: [{ role: "user", content: "Elsewhere." }],
      thread: { type: "continue", previous_message_id: first.id },
      betas: [THREADS_BETA],
    });
    sent = [];
    const second = await thread.send({ role: "user", content: "Go on." });
    expect(second.role).toBe("assistant");
    expect(sent.map((r) => (r.body.thread as { type: string }).type)).toEqual(["continue", "create"]);
    expect(sent[1].body.messages).toHaveLength(3);
  });
});

describe("the SDK's streaming helper", () => {
  it("client.messages.stream: its events and finalMessage() agree", async () => {
    const stream = client().messages.stream({
      model: MODEL,
      max_tokens: 256,
      messages: [{ role: "user", content: "Say hello." }],
    });
    const texts: string[] = [];
    let started: Anthropic.Message | undefined;
    stream.on("text", (text) => texts.push(text));
    stream.on("streamEvent", (event) => {
      if (event.type === "message_start") started = event.message;
    });
    const final = await stream.finalMessage();
    expect(started?.id).toBe(final.id);
    expect(texts.join("")).toBe(final.content.map((b) => (b.type === "text" ? b.text : "")).join(""));
    expect(final.usage.output_tokens).toBeGreaterThan(0);
    expect(final.stop_reason).toBe("end_turn");
  });
});

describe("the SDK's typed errors, through the proxy", () => {
  const turn = (previous: string) => ({
    model: MODEL,
    max_tokens: 64,
    messages: [{ role: "user" as const, content: "More." }],
    thread: { type: "continue" as const, previous_message_id: previous },
    betas: [THREADS_BETA],
  });

  it("picks the class by status and error code, and reads errorCode and details", async () => {
    const sdk = client();
    const notFound = await sdk.beta.messages.create(turn("msg_never_stored")).catch((e) => e);
    expect(notFound).toBeInstanceOf(Anthropic.ThreadNotFoundError);
    expect(notFound).toBeInstanceOf(Anthropic.NotFoundError);
    expect(notFound.errorCode).toBe("thread_not_found");
    expect(notFound.details).toEqual({ error_code: "thread_not_found" });
    expect(notFound.requestID).toMatch(/^req_/);

    const first = await sdk.beta.messages.create({
      model: MODEL,
      max_tokens: 64,
      messages: [{ role: "user", content: "Hi." }],
      thread: { type: "create" },
      betas: [THREADS_BETA],
    });
    const mismatch = await sdk.beta.messages.create({ ...turn(first.id), model: "claude-haiku-4-5" }).catch((e) => e);
    expect(mismatch).toBeInstanceOf(Anthropic.ThreadFingerprintMismatchError);

    // A continue still streaming makes another one from the same reply wait its turn.
    const streaming = await sdk.beta.messages.create({ ...turn(first.id), stream: true });
    const inFlight = await sdk.beta.messages.create(turn(first.id)).catch((e) => e);
    for await (const _ of streaming);
    expect(inFlight).toBeInstanceOf(Anthropic.ThreadContinueInFlightError);
    expect(inFlight.errorCode).toBe("thread_continue_in_flight");
    const again = await sdk.beta.messages.create(turn(first.id)).catch((e) => e);
    expect(again).toBeInstanceOf(Anthropic.ThreadAlreadyContinuedError);
    expect(again).toBeInstanceOf(Anthropic.BadRequestError);

    // An error without a code: the class by status, errorCode null.
    const unthreaded = await sdk.messages
      .create({
        model: MODEL,
        max_tokens: 64,
        messages: [{ role: "user", content: "Hi." }],
        thread: { type: "create" },
      } as never)
      .catch((e) => e);
    expect(unthreaded).toBeInstanceOf(Anthropic.BadRequestError);
    expect(unthreaded.errorCode).toBeNull();
    expect(unthreaded.apiMessage).toBe("thread: Extra inputs are not permitted");
  });

  it("a fault of the upstream: the class by status, the API's own words", async () => {
    const faulty = (fault: string) =>
      client()
        .messages.create(
          { model: MODEL, max_tokens: 64, messages: [{ role: "user", content: "Hi." }] },
          { headers: { "x-simulator-fault": fault } },
        )
        .catch((e) => e);
    const billing = await faulty("402");
    expect(billing).toBeInstanceOf(Anthropic.PaymentRequiredError);
    expect(billing.apiMessage).toBe("Your wallet is exhausted: add credit to your account to continue.");
    expect(await faulty("429")).toBeInstanceOf(Anthropic.RateLimitError);
    expect(await faulty("529")).toBeInstanceOf(Anthropic.OverloadedError);
  });
});
