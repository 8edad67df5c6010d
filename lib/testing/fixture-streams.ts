// The recorded real streams (lib/testing/recorded) as SSE text, for tests and the e2e replay.
// Fixture 13 holds only `data:` payloads: it is wrapped with `event:` lines (the SDK dispatches on them).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RECORDED_DIR } from "./recorded";

export interface FixtureStream {
  name: string;
  sse: string;
}

export function jsonlToSse(jsonl: string, withEventLines = true): string {
  return jsonl
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const type = (JSON.parse(line) as { type: string }).type;
      return withEventLines ? `event: ${type}\ndata: ${line}\n\n` : `data: ${line}\n\n`;
    })
    .join("");
}

/** Every complete recorded stream (the mid-stream error excerpt excluded: it has no message_start). */
export function completeFixtureStreams(dir = RECORDED_DIR): FixtureStream[] {
  return readdirSync(dir)
    .filter((file) => (file.endsWith(".sse") || file.endsWith(".jsonl")) && !file.startsWith("15_"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      return { name: file, sse: file.endsWith(".jsonl") ? jsonlToSse(text) : text };
    });
}

/** Fixture 15 (text deltas, then `event: error`, then the connection closes), made replayable by putting
 * the message_start and content_block_start it was cut from in front of it. */
export function midstreamErrorStream(dir = RECORDED_DIR): string {
  const excerpt = readFileSync(join(dir, "15_midstream_error_event_excerpt.sse"), "utf8");
  const head = [
    {
      type: "message_start",
      message: {
        id: "msg_excerpt",
        type: "message",
        role: "assistant",
        model: "claude-sonnet-4-5-20250929",
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: 10, output_tokens: 1 },
      },
    },
    { type: "content_block_start", index: 0, content_block: { type: "text", text: "The partial reply, ending " } },
  ];
  return head.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join("") + excerpt;
}

/** The events of an SSE text, with their parsed data. */
export function sseEvents(
  sse: string,
): { name: string; data: { type: string; index?: number; [k: string]: unknown }; text: string }[] {
  return sse
    .split(/\n\n+/)
    .filter((chunk) => chunk.trim())
    .map((text) => {
      const name = /^event: ?(.*)$/m.exec(text)?.[1] ?? "";
      const data = JSON.parse(/^data: ?(.*)$/m.exec(text)![1]);
      return { name: name || data.type, data, text };
    });
}

/** A derived tool loop turn: fixture 05's signed thinking block, then fixture 02's tool call, stopping for tool use. */
export function thinkingToolStream(dir = RECORDED_DIR): string {
  const thinking = sseEvents(readFileSync(join(dir, "05_thinking_stream.sse"), "utf8"));
  const tool = sseEvents(readFileSync(join(dir, "02_tool_use_stream.sse"), "utf8"));
  const firstThinkingStop = thinking.findIndex((e) => e.name === "content_block_stop");
  const toolStart = tool.findIndex((e) => e.name === "content_block_start" && e.data.index === 1);
  return [...thinking.slice(0, firstThinkingStop + 1), ...tool.slice(toolStart)].map((e) => `${e.text}\n\n`).join("");
}

/** A reply with citations, in the shape the API documents for a request whose documents enable them (no recorded stream
 * has any): the answer split into text blocks, each cited claim its own block whose citations arrive as
 * `citations_delta` before its text. The envelope (message_start, then message_delta's usage) is fixture 01's. */
export function citationsStream(dir = RECORDED_DIR): string {
  const recorded = sseEvents(readFileSync(join(dir, "01_text_stream_basic.sse"), "utf8"));
  const start = recorded.find((e) => e.name === "message_start")!.data;
  const end = recorded.find((e) => e.name === "message_delta")!.data;
  const document = { document_index: 0, document_title: "Colours of things" };
  const blocks: { text: string; citations?: Record<string, unknown>[] }[] = [
    { text: "According to the document, " },
    {
      text: "the grass is green",
      citations: [
        {
          type: "char_location",
          cited_text: "The grass is green. ",
          ...document,
          start_char_index: 0,
          end_char_index: 20,
        },
      ],
    },
    { text: " and " },
    {
      text: "the sky is blue",
      citations: [
        {
          type: "char_location",
          cited_text: "The sky is blue.",
          ...document,
          start_char_index: 20,
          end_char_index: 36,
        },
        {
          type: "page_location",
          cited_text: "Blue skies scatter short wavelengths.",
          document_index: 1,
          document_title: "Optics notes",
          start_page_number: 3,
          end_page_number: 4,
        },
      ],
    },
    { text: "." },
  ];
  const events: Record<string, unknown>[] = [start];
  blocks.forEach((block, index) => {
    events.push({
      type: "content_block_start",
      index,
      content_block: { type: "text", text: "", ...(block.citations ? { citations: [] } : {}) },
    });
    for (const citation of block.citations ?? [])
      events.push({ type: "content_block_delta", index, delta: { type: "citations_delta", citation } });
    events.push({ type: "content_block_delta", index, delta: { type: "text_delta", text: block.text } });
    events.push({ type: "content_block_stop", index });
  });
  events.push({ ...end, delta: { stop_reason: "end_turn", stop_sequence: null } }, { type: "message_stop" });
  return events.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join("");
}

/** A reply that searched the web and fetched a page, in the shape the web search, web fetch and streaming guides document
 * (no recorded stream here has server tools): text; a `server_tool_use` that starts with `input: {}` and streams its
 * input as `input_json_delta` (the first one empty); its `web_search_tool_result`, whole in `content_block_start`; an
 * answer whose claim cites a result (`web_search_result_location`); a `server_tool_use` called from code, whose input
 * arrives whole with no delta, and its `web_fetch_tool_result`; `usage.server_tool_use` in message_delta. The envelope is
 * fixture 01's. */
export function serverToolStream(dir = RECORDED_DIR): string {
  const recorded = sseEvents(readFileSync(join(dir, "01_text_stream_basic.sse"), "utf8"));
  const start = recorded.find((e) => e.name === "message_start")!.data;
  const end = recorded.find((e) => e.name === "message_delta")!.data;
  const result = {
    type: "web_search_result",
    title: "Tide tables for Brest",
    url: "https://tides.example/brest",
    encrypted_content: "EqQBCioIAhgBIiQ3",
    page_age: "2 days ago",
  };
  const citation = {
    type: "web_search_result_location",
    cited_text: "High tide in Brest is at 06:12 today. ",
    url: result.url,
    title: result.title,
    encrypted_index: "Eo8BCioIAhgB",
  };
  const fetched = {
    type: "web_fetch_result",
    url: "https://tides.example/brest",
    retrieved_at: "2026-03-03T15:05:04.091000+00:00",
    content: {
      type: "document",
      source: { type: "text", media_type: "text/plain", data: "High tide 06:12, low tide 12:30." },
      title: "Tide tables for Brest",
    },
  };
  const caller = { type: "code_execution_20260120", tool_id: "srvtoolu_02" };
  const events: Record<string, unknown>[] = [
    start,
    { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
    { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "I'll search for that." } },
    { type: "content_block_stop", index: 0 },
    {
      type: "content_block_start",
      index: 1,
      content_block: {
        type: "server_tool_use",
        id: "srvtoolu_01",
        name: "web_search",
        input: {},
        caller: { type: "direct" },
      },
    },
    { type: "content_block_delta", index: 1, delta: { type: "input_json_delta", partial_json: "" } },
    { type: "content_block_delta", index: 1, delta: { type: "input_json_delta", partial_json: '{"query": "tide t' } },
    { type: "content_block_delta", index: 1, delta: { type: "input_json_delta", partial_json: 'ables Brest"}' } },
    { type: "content_block_stop", index: 1 },
    {
      type: "content_block_start",
      index: 2,
      content_block: {
        type: "web_search_tool_result",
        tool_use_id: "srvtoolu_01",
        content: [result],
        caller: { type: "direct" },
      },
    },
    { type: "content_block_stop", index: 2 },
    { type: "content_block_start", index: 3, content_block: { type: "text", text: "", citations: [] } },
    { type: "content_block_delta", index: 3, delta: { type: "citations_delta", citation } },
    { type: "content_block_delta", index: 3, delta: { type: "text_delta", text: "High tide is at 06:12." } },
    { type: "content_block_stop", index: 3 },
    {
      type: "content_block_start",
      index: 4,
      content_block: {
        type: "server_tool_use",
        id: "srvtoolu_03",
        name: "web_fetch",
        input: { url: fetched.url },
        caller,
      },
    },
    { type: "content_block_stop", index: 4 },
    {
      type: "content_block_start",
      index: 5,
      content_block: { type: "web_fetch_tool_result", tool_use_id: "srvtoolu_03", content: fetched, caller },
    },
    { type: "content_block_stop", index: 5 },
    {
      ...end,
      delta: { stop_reason: "end_turn", stop_sequence: null },
      usage: { ...(end.usage as object), server_tool_use: { web_search_requests: 1, web_fetch_requests: 1 } },
    },
    { type: "message_stop" },
  ];
  return events.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join("");
}

/** The reply text an SSE body carries: its `text_delta` payloads joined, as a client would show them. */
export function replyTextOfSse(sse: string): string {
  return sse
    .split("\n")
    .filter((line) => line.startsWith("data: "))
    .map((line) => JSON.parse(line.slice(6)))
    .filter((event) => event.type === "content_block_delta" && event.delta?.type === "text_delta")
    .map((event) => event.delta.text)
    .join("");
}
