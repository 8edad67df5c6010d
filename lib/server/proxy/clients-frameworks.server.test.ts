// Proof by widely used clients we did not write: the AI SDK (`ai` 6 with `@ai-sdk/anthropic` 3) and LangChain
// (`@langchain/anthropic`), pointed at the production server (`next start`, real HTTP) with the built-in simulator as
// its upstream: a plain call, a streamed call and a tool call each. Requires a prior `next build`.
import { createAnthropic } from "@ai-sdk/anthropic";
import { ChatAnthropic } from "@langchain/anthropic";
import { type AIMessageChunk, HumanMessage, ToolMessage } from "@langchain/core/messages";
import { generateText, stepCountIs, streamText, tool } from "ai";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";

const MODEL = "claude-sonnet-4-6";
const WEATHER_SCHEMA = z.object({ city: z.string() });

let app: AppServer;

beforeAll(async () => {
  app = await startAppServer({ PLAYGROUND_UPSTREAM: "simulator", SIMULATOR_PACING: "instant" });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe("the AI SDK (ai 6, @ai-sdk/anthropic 3)", () => {
  const anthropic = () => createAnthropic({ baseURL: `${app.url}/api/v1`, apiKey: "unused" });

  it("generateText: a plain call, with the reply's text and usage", async () => {
    const result = await generateText({ model: anthropic()(MODEL), prompt: "What is a tide?", maxOutputTokens: 256 });
    expect(result.text).toContain("What is a tide?");
    expect(result.finishReason).toBe("stop");
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(result.response.id).toMatch(/^msg_/);
  });

  it("streamText: the streamed text is the whole reply", async () => {
    const result = streamText({ model: anthropic()(MODEL), prompt: "What is a neap tide?", maxOutputTokens: 256 });
    const parts: string[] = [];
    for await (const part of result.textStream) parts.push(part);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("")).toBe(await result.text);
    expect(await result.finishReason).toBe("stop");
  });

  it("a tool call: the model calls the tool, the AI SDK runs it and sends its result, the reply uses it", async () => {
    const calls: string[] = [];
    const result = await generateText({
      model: anthropic()(MODEL),
      prompt: "Please use get_weather for Lisbon.",
      maxOutputTokens: 512,
      tools: {
        get_weather: tool({
          description: "The current weather in a city",
          inputSchema: WEATHER_SCHEMA,
          execute: async ({ city }) => {
            calls.push(city);
            return `Sunny, 23 °C in ${city}`;
          },
        }),
      },
      stopWhen: stepCountIs(3),
    });
    expect(calls).toHaveLength(1);
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0].finishReason).toBe("tool-calls");
    expect(result.text).toContain(`Sunny, 23 °C in ${calls[0]}`);
  });

  it("a streamed tool call", async () => {
    const calls: string[] = [];
    const result = streamText({
      model: anthropic()(MODEL),
      prompt: "Please use get_weather for Porto.",
      maxOutputTokens: 512,
      tools: {
        get_weather: tool({
          description: "The current weather in a city",
          inputSchema: WEATHER_SCHEMA,
          execute: async ({ city }) => {
            calls.push(city);
            return `Cloudy, 17 °C in ${city}`;
          },
        }),
      },
      stopWhen: stepCountIs(3),
    });
    const kinds = new Set<string>();
    for await (const part of result.fullStream) kinds.add(part.type);
    expect(kinds).toContain("tool-call");
    expect(kinds).toContain("tool-result");
    expect(calls).toHaveLength(1);
    expect(await result.text).toContain(`Cloudy, 17 °C in ${calls[0]}`);
  });
});

describe("LangChain (@langchain/anthropic)", () => {
  const chat = () =>
    new ChatAnthropic({ model: MODEL, apiKey: "unused", anthropicApiUrl: `${app.url}/api`, maxTokens: 256 });

  it("invoke: a plain call", async () => {
    const reply = await chat().invoke([new HumanMessage("What is a tide?")]);
    expect(reply.text).toContain("What is a tide?");
    expect(reply.usage_metadata?.output_tokens).toBeGreaterThan(0);
    expect(reply.response_metadata.stop_reason).toBe("end_turn");
  });

  it("stream: the chunks add up to the reply", async () => {
    let whole: AIMessageChunk | undefined;
    let chunks = 0;
    for await (const chunk of await chat().stream([new HumanMessage("What is a neap tide?")])) {
      chunks++;
      whole = whole ? whole.concat(chunk) : chunk;
    }
    expect(chunks).toBeGreaterThan(1);
    expect(whole!.text).toContain("What is a neap tide?");
  });

  it("bindTools: the model calls the tool; its result sent back gets a reply that uses it", async () => {
    const model = chat().bindTools([
      {
        name: "get_weather",
        description: "The current weather in a city",
        schema: WEATHER_SCHEMA,
      },
    ]);
    const question = new HumanMessage("Please use get_weather for Madrid.");
    const call = await model.invoke([question]);
    expect(call.tool_calls).toHaveLength(1);
    const [toolCall] = call.tool_calls!;
    expect(toolCall.name).toBe("get_weather");
    expect(WEATHER_SCHEMA.parse(toolCall.args)).toEqual(toolCall.args);
    const answer = await model.invoke([
      question,
      call,
      new ToolMessage({ tool_call_id: toolCall.id!, content: `Hot, 31 °C in ${toolCall.args.city}` }),
    ]);
    expect(answer.text).toContain(`Hot, 31 °C in ${toolCall.args.city}`);
  });
});
