// Structured outputs through the production server (`next start`, real HTTP) on its built-in simulator, called by
// clients we did not write: the official SDK's `messages.parse` with `zodOutputFormat`, the AI SDK (`ai` 6 with
// `@ai-sdk/anthropic` 3) and LangChain (`@langchain/anthropic`). Each call's body is recorded on its way out, so the
// tests say what each client sends: output_config.format, or a forced tool (strict or not). Requires `next build`.
import Anthropic, { AnthropicError } from "@anthropic-ai/sdk";
import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import { createAnthropic } from "@ai-sdk/anthropic";
import { ChatAnthropic } from "@langchain/anthropic";
import { generateObject, generateText, Output } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";

const MODEL = "claude-opus-4-6";
const EMAIL =
  "Extract the key information from this email: John Smith (john@example.com) is interested in our Enterprise plan for 12 seats and wants to schedule a demo for next Tuesday at 2pm.";
const Contact = z.object({
  name: z.string(),
  email: z.string(),
  plan: z.enum(["free", "pro", "enterprise"]),
  seats: z.number().int(),
  demo_requested: z.boolean(),
  tags: z.array(z.string()),
  company: z.string().optional(),
});

// biome-ignore lint/suspicious/noExplicitAny: the tests read bodies of any shape
type Body = Record<string, any>;

let app: AppServer;
/** Every request body a client sent, in order. */
let sent: Body[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  if (typeof init?.body === "string") sent.push(JSON.parse(init.body));
  return fetch(input, init);
};
const lastSent = (): Body => sent.at(-1) ?? {};

beforeAll(async () => {
  app = await startAppServer({
    PLAYGROUND_UPSTREAM: "simulator",
    PLAYGROUND_RATE_LIMIT: "0",
    SIMULATOR_PACING: "instant",
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe("the official SDK", () => {
  const client = () =>
    new Anthropic({ baseURL: `${app.url}/api`, apiKey: "unused", fetch: recordingFetch, maxRetries: 0 });

  it("messages.parse with zodOutputFormat returns parsed_output that zod accepts", async () => {
    sent = [];
    const message = await client().messages.parse({
      model: MODEL,
      max_tokens: 1024,
      messages: [{ role: "user", content: EMAIL }],
      output_config: { format: zodOutputFormat(Contact) },
    });
    expect(lastSent().output_config.format).toMatchObject({ type: "json_schema", schema: { type: "object" } });
    expect(message.stop_reason).toBe("end_turn");
    const contact = Contact.parse(message.parsed_output);
    expect(contact).toMatchObject({ name: "John Smith", email: "john@example.com", plan: "enterprise", seats: 12 });
    expect(contact.demo_requested).toBe(true);
  });

  it("streams a structured reply whose final text parses with the same schema", async () => {
    const stream = client().messages.stream({
      model: MODEL,
      max_tokens: 1024,
      messages: [{ role: "user", content: EMAIL }],
      output_config: { format: zodOutputFormat(Contact) },
    });
    const message = await stream.finalMessage();
    const text = message.content.find((b) => b.type === "text")?.text ?? "";
    expect(Contact.parse(JSON.parse(text)).email).toBe("john@example.com");
  });

  it("parse throws on a reply that max_tokens cut short, as it does on the real API", async () => {
    await expect(
      client().messages.parse({
        model: MODEL,
        max_tokens: 5,
        messages: [{ role: "user", content: EMAIL }],
        output_config: { format: zodOutputFormat(Contact) },
      }),
    ).rejects.toThrow(AnthropicError);
  });

  it("a schema outside the subset is refused with the API's 400", async () => {
    const error = await client()
      .messages.create({
        model: MODEL,
        max_tokens: 64,
        messages: [{ role: "user", content: EMAIL }],
        output_config: {
          format: {
            type: "json_schema",
            schema: { type: "object", properties: { n: { type: "integer", minimum: 1 } } },
          },
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as InstanceType<typeof Anthropic.BadRequestError>).message).toMatch(
      /output_config\.format\.schema: For 'object' type, 'additionalProperties' must be explicitly set to false/,
    );
  });
});

describe("the AI SDK (ai 6, @ai-sdk/anthropic 3)", () => {
  // Without it the AI SDK asks for its own idea of the model's most output tokens (128000), over the catalogue's.
  const OPTIONS = { maxRetries: 0, maxOutputTokens: 1024 };
  const model = () => createAnthropic({ baseURL: `${app.url}/api/v1`, apiKey: "unused", fetch: recordingFetch })(MODEL);

  it("generateObject sends output_config.format and returns an object the schema accepts", async () => {
    sent = [];
    const { object } = await generateObject({ model: model(), schema: Contact, prompt: EMAIL, ...OPTIONS });
    expect(lastSent().output_config?.format?.type).toBe("json_schema");
    expect(lastSent().tools).toBeUndefined();
    expect(Contact.parse(object)).toMatchObject({ name: "John Smith", email: "john@example.com", seats: 12 });
  });

  it("generateText with Output.object does the same", async () => {
    sent = [];
    const { output } = await generateText({
      model: model(),
      output: Output.object({ schema: Contact }),
      prompt: EMAIL,
      ...OPTIONS,
    });
    expect(lastSent().output_config?.format?.type).toBe("json_schema");
    expect(Contact.parse(output).plan).toBe("enterprise");
  });

  it("structuredOutputMode jsonTool sends a tool named json with tool_choice any instead, and reads its input", async () => {
    sent = [];
    const { object } = await generateObject({
      model: model(),
      schema: Contact,
      prompt: EMAIL,
      ...OPTIONS,
      providerOptions: { anthropic: { structuredOutputMode: "jsonTool" } },
    });
    expect(lastSent().output_config?.format).toBeUndefined();
    expect(lastSent().tools).toEqual([expect.objectContaining({ name: "json" })]);
    expect(lastSent().tool_choice).toEqual({ type: "any", disable_parallel_tool_use: true });
    expect(Contact.parse(object).email).toBe("john@example.com");
  });
});

describe("LangChain (@langchain/anthropic)", () => {
  const chat = () =>
    new ChatAnthropic({
      model: MODEL,
      maxTokens: 1024,
      apiKey: "unused",
      anthropicApiUrl: `${app.url}/api`,
      maxRetries: 0,
      clientOptions: { fetch: recordingFetch },
    });

  it('withStructuredOutput, method "jsonSchema", sends output_config.format', async () => {
    sent = [];
    const result = await chat().withStructuredOutput(Contact, { method: "jsonSchema" }).invoke(EMAIL);
    expect(lastSent().output_config?.format?.type).toBe("json_schema");
    expect(Contact.parse(result)).toMatchObject({ name: "John Smith", seats: 12 });
  });

  it("withStructuredOutput's default forces a tool, and reads its input", async () => {
    sent = [];
    const result = await chat().withStructuredOutput(Contact, { name: "contact" }).invoke(EMAIL);
    expect(lastSent().tool_choice).toMatchObject({ type: "tool", name: "contact" });
    expect(lastSent().tools[0].strict).toBeUndefined();
    expect(Contact.parse(result).email).toBe("john@example.com");
  });

  it("strict: true sends a strict tool, whose input is valid; zod's int() bounds are refused as the API refuses them", async () => {
    sent = [];
    // LangChain sends zod's schema untransformed: int() becomes minimum/maximum ±2^53, which strict tools do not support.
    await expect(chat().withStructuredOutput(Contact, { name: "contact", strict: true }).invoke(EMAIL)).rejects.toThrow(
      /tools\.0\.custom\.input_schema: For 'integer' type, properties maximum, minimum are not supported/,
    );
    const Loose = Contact.extend({ seats: z.number() });
    const result = await chat().withStructuredOutput(Loose, { name: "contact", strict: true }).invoke(EMAIL);
    expect(lastSent().tools[0]).toMatchObject({ name: "contact", strict: true });
    expect(lastSent().tools[0].input_schema.additionalProperties).toBe(false);
    expect(Loose.parse(result)).toMatchObject({ plan: "enterprise", seats: 12 });
  });
});
