// Requests the real API accepts, which the simulator must answer as it does (not refuse).
import { describe, expect, it } from "vitest";
import { parseSseText } from "@/lib/testing/stream-grammar";
import { ask, testSimulator as simulator, textOf, type Json } from "@/lib/testing/simulator-client";

const long = (words: number) => Array.from({ length: words }, (_, i) => `fact${i % 97} holds`).join(" ");

describe("the simulator accepts what the API accepts", () => {
  it("combines consecutive user turns into one, and answers the whole of it", async () => {
    const sim = simulator();
    const { response, json } = await sim.message({
      ...ask("Tell me about tides."),
      messages: [
        { role: "user", content: "Tell me about tides." },
        { role: "user", content: "And about harbours." },
      ],
    });
    expect(response.status).toBe(200);
    expect(textOf(json)).toMatch(/harbours/i);
    // One turn, as the API reads it: the same reply as for the turn written as one message.
    const { json: joined } = await sim.message({
      ...ask([
        { type: "text", text: "Tell me about tides." },
        { type: "text", text: "And about harbours." },
      ]),
    });
    expect(json.usage.output_tokens).toBe(joined.usage.output_tokens);
  });

  it("takes max_tokens 0: no reply, stop_reason max_tokens, and the prompt cache written (pre-warming)", async () => {
    const sim = simulator();
    const body = {
      ...ask("Summarise the notes."),
      max_tokens: 0,
      system: [{ type: "text", text: long(3000), cache_control: { type: "ephemeral" } }],
    };
    const { response, json } = await sim.message(body);
    expect(response.status).toBe(200);
    expect(json).toMatchObject({ content: [], stop_reason: "max_tokens", usage: { output_tokens: 0 } });
    expect(json.usage.cache_creation_input_tokens).toBeGreaterThan(3000);
    // The warmed prefix is read by the next call.
    const { json: next } = await sim.message({ ...body, max_tokens: 200 });
    expect(next.usage.cache_read_input_tokens).toBe(json.usage.cache_creation_input_tokens);
    // Streamed: the events of an empty reply, in the API's order.
    const events = parseSseText(await (await sim.call("/v1/messages", { ...body, stream: true })).text());
    expect(events.map((e) => e.name)).toEqual(["message_start", "message_delta", "message_stop"]);
    expect((events[1].data as Json).delta.stop_reason).toBe("max_tokens");
  });

  it("caches automatically with a top-level cache_control: the breakpoint follows the conversation's end", async () => {
    const sim = simulator();
    const first = { ...ask(long(3000)), cache_control: { type: "ephemeral" } };
    const { json: wrote } = await sim.message(first);
    expect(wrote.usage.cache_creation_input_tokens).toBeGreaterThan(3000);
    expect(wrote.usage.cache_read_input_tokens).toBe(0);
    // The next turn reads the whole earlier conversation from the cache, and writes the new end.
    const second = {
      ...first,
      messages: [...first.messages, { role: "assistant", content: textOf(wrote) }, { role: "user", content: "More?" }],
    };
    const { json: read } = await sim.message(second);
    expect(read.usage.cache_read_input_tokens).toBe(wrote.usage.cache_creation_input_tokens);
    expect(read.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    // count_tokens takes the field and counts the same input as the reply's usage.
    const counted = await sim.count({
      model: second.model,
      messages: second.messages,
      cache_control: second.cache_control,
    });
    const u = read.usage;
    expect(counted).toBe(u.input_tokens + u.cache_creation_input_tokens + u.cache_read_input_tokens);
  });

  it("takes stop sequences that contain a newline", async () => {
    const sim = simulator();
    const { json: whole } = await sim.message(ask("Write two paragraphs about tides."));
    const text = textOf(whole);
    const at = text.indexOf("\n");
    expect(at).toBeGreaterThan(0);
    const sequence = text.slice(at, at + 2);
    expect(sequence).toContain("\n");
    const { json } = await sim.message({ ...ask("Write two paragraphs about tides."), stop_sequences: [sequence] });
    expect(json).toMatchObject({ stop_reason: "stop_sequence", stop_sequence: sequence });
    expect(textOf(json)).toBe(text.slice(0, at));
  });
});

describe("mid-conversation system messages", () => {
  it("are taken after a user turn on a model that accepts them, and steer the reply as the system prompt does", async () => {
    const sim = simulator();
    const messages = [
      { role: "user", content: "Tell me about tides." },
      { role: "system", content: "Mention lighthouses in every answer." },
    ];
    const { response, json } = await sim.message({ ...ask("x", "claude-opus-4-8"), messages });
    expect(response.status).toBe(200);
    expect(textOf(json)).toMatch(/lighthouses/i);
    // A model before Opus 4.8 refuses the role, as the API does.
    const { response: refused, json: error } = await sim.message({ ...ask("x", "claude-opus-4-6"), messages });
    expect(refused.status).toBe(400);
    expect(error.error.message).toMatch(/role 'system' is not supported on this model/);
  });
});
