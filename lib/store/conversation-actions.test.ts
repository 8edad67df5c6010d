import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSseText } from "@/lib/testing/stream-grammar";
import type { RequestBody } from "@/lib/messages/types";
import { validateRequest } from "@/lib/messages/validation/validate-request";
import { MessageAccumulator, type StreamEvent, toMessage } from "@/lib/stream/accumulate";
import { testSimulator } from "@/lib/testing/simulator-client";
import { RECORDED_DIR } from "@/lib/testing/recorded";
import {
  appendReply,
  appendToolResults,
  continuePausedTurn,
  toolResultProblem,
  truncateAt,
} from "./conversation-actions";
import type { RunState } from "./run-slice";

type SentRun = Pick<RunState, "request" | "message">;

function accumulate(file: string) {
  const accumulator = new MessageAccumulator();
  for (const line of readFileSync(join(RECORDED_DIR, file), "utf8").split("\n")) {
    if (line.startsWith("data:")) accumulator.apply(JSON.parse(line.slice(5)));
  }
  return accumulator.message!;
}

const sent = { model: "m", max_tokens: 2048, messages: [{ role: "user", content: "Weather in Paris?" }], stream: true };
const current = { ...sent, temperature: 0.5, messages: [{ role: "user", content: "edited since" }] };

describe("conversation actions", () => {
  it("answers tool calls after the reply, thinking blocks and signatures unmodified", () => {
    const message = accumulate("05_thinking_stream.sse");
    const thinking = message.content[0] as { type: string; thinking: string; signature: string };
    expect(thinking.type).toBe("thinking");
    const run: SentRun = { request: sent, message };
    const next = appendToolResults(current, run, [
      { toolUseId: "toolu_1", format: "json", content: '{"t":21}', isError: false },
    ]);
    expect(next.temperature).toBe(0.5);
    const [first, assistant, user] = next.messages as { role: string; content: Record<string, unknown>[] }[];
    expect(first).toEqual(sent.messages[0]);
    expect(assistant.content[0]).toEqual({
      type: "thinking",
      thinking: thinking.thinking,
      signature: thinking.signature,
    });
    expect(Object.keys(assistant.content[0]).sort()).toEqual(["signature", "thinking", "type"]);
    expect(user).toEqual({
      role: "user",
      content: [{ type: "tool_result", tool_use_id: "toolu_1", content: '{"t":21}' }],
    });
  });

  it("keeps the tool_use block with its parsed input, and marks error results", () => {
    const message = accumulate("02_tool_use_stream.sse");
    const run: SentRun = { request: sent, message };
    const next = appendToolResults(sent, run, [
      { toolUseId: "toolu_01NRLabsLyVHZPKxbKvkfSMn", format: "text", content: "boom", isError: true },
    ]);
    const [, assistant, user] = next.messages as { content: Record<string, unknown>[] }[];
    expect(assistant.content[1]).toEqual({
      type: "tool_use",
      id: "toolu_01NRLabsLyVHZPKxbKvkfSMn",
      name: "get_weather",
      input: { location: "Paris" },
    });
    expect(user.content[0]).toMatchObject({ tool_use_id: "toolu_01NRLabsLyVHZPKxbKvkfSMn", is_error: true });
  });

  it("adds the reply and an empty user turn; cuts the conversation at a turn", () => {
    const message = accumulate("01_text_stream_basic.sse");
    const run: SentRun = {
      request: {
        ...sent,
        messages: [
          { role: "user", content: "a" },
          { role: "assistant", content: "b" },
          { role: "user", content: "c" },
        ],
      },
      message,
    };
    const appended = appendReply(sent, run).messages as { role: string }[];
    expect(appended.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant", "user"]);
    expect(appended.at(-1)).toEqual({ role: "user", content: "" });
    expect(truncateAt(sent, run, 0).messages).toEqual([{ role: "user", content: "a" }]);
  });

  it("continues a paused turn: the reply goes back as the last assistant turn, runs, and the turn stays one turn", async () => {
    const sim = testSimulator();
    const cities = "Paris, Rome, Oslo, Bern, Vienna, Prague, Madrid, Lisbon, Dublin, Athens, Warsaw, Riga";
    const first = {
      model: "claude-opus-4-6", // refuses prefill: a paused turn is not one
      max_tokens: 4096,
      tools: [{ type: "web_search_20250305", name: "web_search" }],
      messages: [{ role: "user", content: `Search for the population of ${cities}` }],
      stream: true,
    };
    const streamOf = async (body: RequestBody) => {
      const accumulator = new MessageAccumulator();
      for (const { data } of parseSseText(await (await sim.call("/v1/messages", body)).text()))
        accumulator.apply(data as StreamEvent);
      return accumulator.message!;
    };
    const paused = await streamOf(first);
    expect(paused.stop_reason).toBe("pause_turn");
    const pausedRun: SentRun = { request: first, message: paused };
    const next = continuePausedTurn({ ...first, temperature: 0.3 }, pausedRun);
    expect(next.temperature).toBe(0.3);
    expect(next.messages.map((m) => (m as { role: string }).role)).toEqual(["user", "assistant"]);
    const turn = (next.messages[1] as { content: Record<string, unknown>[] }).content;
    expect(turn).toEqual(toMessage(paused).content);
    expect(turn.at(-1)).toMatchObject({ type: "server_tool_use", input: { query: "population of Warsaw" } });
    expect(validateRequest(next)).toEqual([]);

    const done = await streamOf(next);
    expect(done.stop_reason).toBe("end_turn");
    const doneRun: SentRun = { request: next, message: done };
    const added = appendReply(next, doneRun);
    expect(added.messages.map((m) => (m as { role: string }).role)).toEqual(["user", "assistant", "user"]);
    const whole = (added.messages[1] as { content: Record<string, unknown>[] }).content;
    expect(whole).toEqual([...toMessage(paused).content, ...toMessage(done).content]);
    const uses = whole.filter((b) => b.type === "server_tool_use").map((b) => b.id);
    const results = whole.filter((b) => b.type === "web_search_tool_result").map((b) => b.tool_use_id);
    expect(results).toEqual(uses); // every call answered, in order, within the one turn
  });

  it("adds a reply to a prefill as the end of that assistant turn", () => {
    const message = accumulate("01_text_stream_basic.sse");
    const request = {
      ...sent,
      messages: [
        { role: "user", content: "a" },
        { role: "assistant", content: "Sure," },
      ],
    };
    const next = appendReply(sent, { request, message });
    const [, assistant] = next.messages as { role: string; content: { type: string; text: string }[] }[];
    expect(next.messages).toHaveLength(3);
    expect(assistant.content[0]).toEqual({ type: "text", text: "Sure," });
    expect(assistant.content.slice(1)).toEqual(toMessage(message).content);
  });

  it("refuses a JSON result that does not parse", () => {
    expect(toolResultProblem({ toolUseId: "t", format: "json", content: "{", isError: false })).toMatch(
      /Not valid JSON/,
    );
    expect(toolResultProblem({ toolUseId: "t", format: "text", content: "{", isError: false })).toBeNull();
  });
});
