// The stop reasons a model gives on its own (refusal, a full context window), produced on demand by the fault header,
// in the API's shapes: the JSON reply, the stream, and what the official SDK makes of them.
import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { parseSseText } from "@/lib/testing/stream-grammar";
import { MessageAccumulator, type StreamEvent, toMessage } from "@/lib/stream/accumulate";
import { ask, testSimulator, textOf, type Json } from "@/lib/testing/simulator-client";

const sim = testSimulator();
const sdk = (fault: string) =>
  new Anthropic({
    apiKey: "sk-simulator",
    baseURL: "http://sim",
    maxRetries: 0,
    fetch: (url, init) =>
      sim.call(new URL(String(url)).pathname, JSON.parse(String(init?.body)), { "x-simulator-fault": fault }),
  });

describe("stop reasons the model gives", () => {
  it("a refusal stops part-way, with stop_details (category and explanation), in JSON and in the stream", async () => {
    const body = ask("Tell me about the tides of the North Sea.");
    const { json: whole } = await sim.message(body);
    const { response, json } = await sim.message(body, { "x-simulator-fault": "refusal=bio" });
    expect(response.status).toBe(200);
    expect(json).toMatchObject({
      stop_reason: "refusal",
      stop_details: { type: "refusal", category: "bio", explanation: expect.stringMatching(/biological/) },
    });
    // What came before the refusal is kept, and counted.
    expect(textOf(whole).startsWith(textOf(json))).toBe(true);
    expect(textOf(json).length).toBeGreaterThan(0);
    expect(json.usage.output_tokens).toBeLessThan(whole.usage.output_tokens);

    const events = parseSseText(
      await (await sim.call("/v1/messages", { ...body, stream: true }, { "x-simulator-fault": "refusal" })).text(),
    );
    const delta = events.find((e) => e.name === "message_delta")!.data as Json;
    expect(delta.delta).toMatchObject({ stop_reason: "refusal", stop_details: { category: "cyber" } });
  });

  it("the SDK's stream accumulates the refusal's stop_details, as its create does", async () => {
    const body: Anthropic.MessageCreateParamsNonStreaming = {
      model: "claude-opus-4-6",
      max_tokens: 400,
      messages: [{ role: "user", content: "Tell me about the tides." }],
    };
    const streamed = await sdk("refusal=frontier_llm").messages.stream(body).finalMessage();
    expect(streamed.stop_reason).toBe("refusal");
    expect(streamed.stop_details).toMatchObject({ type: "refusal", category: "frontier_llm" });
    const created = await sdk("refusal=frontier_llm").messages.create(body);
    expect(created.stop_details).toEqual(streamed.stop_details);
    expect(created.content).toEqual(streamed.content);
    // The page's own accumulator keeps them too.
    const text = await (
      await sim.call("/v1/messages", { ...body, stream: true }, { "x-simulator-fault": "refusal=frontier_llm" })
    ).text();
    const accumulator = new MessageAccumulator();
    for (const e of parseSseText(text)) accumulator.apply(e.data as StreamEvent);
    expect(toMessage(accumulator.message!)).toMatchObject({
      stop_reason: "refusal",
      stop_details: streamed.stop_details,
    });
  });

  it("a full context window stops with model_context_window_exceeded", async () => {
    const { json } = await sim.message(ask("Tell me about the tides."), {
      "x-simulator-fault": "context-window-exceeded",
    });
    expect(json.stop_reason).toBe("model_context_window_exceeded");
    expect(json).not.toHaveProperty("stop_details");
  });
});

describe("pause_turn on demand", () => {
  it("pauses a server-tool turn after its first call with the pause-turn fault; sent back, the turn goes on", async () => {
    const body = {
      ...ask("Search for the population of Paris, Rome and Oslo"),
      tools: [{ type: "web_search_20250305", name: "web_search" }],
    };
    const { json: paused } = await sim.message(body, { "x-simulator-fault": "pause-turn" });
    expect(paused.stop_reason).toBe("pause_turn");
    const calls = paused.content.filter((b: Json) => b.type === "server_tool_use");
    const results = paused.content.filter((b: Json) => b.type === "web_search_tool_result");
    expect(calls).toHaveLength(2); // the second written, not run: it runs when the turn goes on
    expect(results).toHaveLength(1);
    const { json: rest } = await sim.message({
      ...body,
      messages: [...body.messages, { role: "assistant", content: paused.content }],
    });
    expect(rest.stop_reason).toBe("end_turn");
    expect(rest.content.filter((b: Json) => b.type === "web_search_tool_result")).toHaveLength(2);
    // Without the fault the same turn runs its three searches at once.
    const { json: whole } = await sim.message(body);
    expect(whole.stop_reason).toBe("end_turn");
    expect(whole.content.filter((b: Json) => b.type === "web_search_tool_result")).toHaveLength(3);
  });
});
