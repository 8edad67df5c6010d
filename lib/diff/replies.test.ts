import { describe, expect, it } from "vitest";
import { diffReplies } from "./replies";

const text = (t: string) => ({ type: "text", text: t });
const toolUse = (name: string, input: unknown, id = `toolu_${Math.random()}`) => ({
  type: "tool_use",
  id,
  name,
  input,
});

describe("diffReplies", () => {
  it("compares the replies' text by words, across its blocks", () => {
    const diff = diffReplies(
      { content: [text("It is sunny"), text("in Paris.")], stop_reason: "end_turn" },
      { content: [text("It is rainy"), text("in Paris.")], stop_reason: "max_tokens" },
    );
    expect(diff.text?.kind).toBe("words");
    const pieces = diff.text?.kind === "words" ? diff.text.diff.pieces : [];
    expect(pieces.filter((p) => p.kind !== "same")).toEqual([
      { kind: "removed", text: "sunny" },
      { kind: "added", text: "rainy" },
    ]);
    expect(diff.stopReason).toEqual({ before: "end_turn", after: "max_tokens" });
    expect(diff.thinking).toBeNull();
    expect(diff.toolCalls).toEqual([]);
    expect(diff.others).toEqual([]);
  });

  it("compares two JSON texts (structured outputs) by field, and falls back to words when one does not parse", () => {
    const json = diffReplies(
      { content: [text('{"name": "Ada", "age": 36, "tags": ["math"]}')] },
      { content: [text('{"name": "Ada", "age": 37, "tags": ["math", "poetry"]}')] },
    );
    expect(json.text).toEqual({
      kind: "json",
      changes: [
        { path: "age", kind: "changed", before: 36, after: 37 },
        { path: "tags[1]", kind: "added", after: "poetry" },
      ],
    });
    const cut = diffReplies({ content: [text('{"name": "Ada"}')] }, { content: [text('{"name": "A')] });
    expect(cut.text?.kind).toBe("words");
  });

  it("pairs tool calls by name and occurrence, compares their inputs by field, and ignores their ids", () => {
    const diff = diffReplies(
      { content: [text("Checking."), toolUse("get_weather", { city: "Paris", units: "c" })] },
      {
        content: [
          toolUse("get_time", { zone: "CET" }),
          toolUse("get_weather", { city: "Lyon", units: "c" }),
          toolUse("get_weather", { city: "Nice" }),
        ],
      },
    );
    expect(diff.toolCalls).toEqual([
      {
        type: "tool_use",
        name: "get_weather",
        occurrence: 1,
        before: { city: "Paris", units: "c" },
        after: { city: "Lyon", units: "c" },
        changes: [{ path: "city", kind: "changed", before: "Paris", after: "Lyon" }],
      },
      { type: "tool_use", name: "get_time", occurrence: 1, after: { zone: "CET" }, changes: [] },
      { type: "tool_use", name: "get_weather", occurrence: 2, after: { city: "Nice" }, changes: [] },
    ]);
    // One side without text: everything it had is removed.
    expect(diff.text?.kind === "words" && diff.text.diff.pieces).toEqual([{ kind: "removed", text: "Checking." }]);
  });

  it("compares thinking by words, counts redacted thinking, and keeps blocks of other types, known or not", () => {
    const diff = diffReplies(
      {
        content: [
          { type: "thinking", thinking: "The user wants a haiku.", signature: "a" },
          { type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: { query: "haiku" } },
          { type: "web_search_tool_result", tool_use_id: "srvtoolu_1", content: [{ url: "https://a.example" }] },
          { type: "future_block", data: 1 },
        ],
      },
      {
        content: [
          { type: "redacted_thinking", data: "opaque" },
          { type: "thinking", thinking: "The user wants a limerick.", signature: "b" },
          { type: "server_tool_use", id: "srvtoolu_2", name: "web_search", input: { query: "limerick" } },
          { type: "web_search_tool_result", tool_use_id: "srvtoolu_2", content: [{ url: "https://b.example" }] },
        ],
      },
    );
    expect(diff.thinking?.pieces.filter((p) => p.kind !== "same").map((p) => p.text)).toEqual(["haiku", "limerick"]);
    expect(diff.redactedThinking).toEqual({ before: 0, after: 1 });
    expect(diff.toolCalls).toEqual([
      {
        type: "server_tool_use",
        name: "web_search",
        occurrence: 1,
        before: { query: "haiku" },
        after: { query: "limerick" },
        changes: [{ path: "query", kind: "changed", before: "haiku", after: "limerick" }],
      },
    ]);
    expect(diff.others).toEqual([
      {
        type: "web_search_tool_result",
        occurrence: 1,
        before: expect.objectContaining({ tool_use_id: "srvtoolu_1" }),
        after: expect.objectContaining({ tool_use_id: "srvtoolu_2" }),
        changes: [{ path: "content[0].url", kind: "changed", before: "https://a.example", after: "https://b.example" }],
      },
      { type: "future_block", occurrence: 1, before: { type: "future_block", data: 1 }, changes: [] },
    ]);
  });

  it("reads a reply without content, or with junk in it, as empty", () => {
    const diff = diffReplies({ content: null }, { content: [null, 3, "x", text("Hi")] as unknown[] });
    expect(diff.text?.kind === "words" && diff.text.diff.pieces).toEqual([{ kind: "added", text: "Hi" }]);
    expect(diffReplies({}, {}).text).toBeNull();
  });
});
