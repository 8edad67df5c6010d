// Plans the reply to a valid request: which blocks (thinking, text, tool_use, server tool calls and their results),
// their text, and where max_tokens, a stop sequence or the server tools' loop limit (pause_turn) ends it. Deterministic: the seed is the request's content, without the
// fields that only end the reply early (max_tokens, stop_sequences) or choose its transport (stream).
import { partialParse } from "@anthropic-ai/sdk/_vendor/partial-json-parser/parser";
import { contentText, systemText } from "@/lib/messages/content-text";
import { mergeTurns } from "@/lib/messages/turns";
import type { MessageRequest } from "@/lib/messages/request-schema";
import { countTextTokens, splitTokens } from "@/lib/messages/token-count";
import { serverToolOf } from "@/lib/messages/server-tools";
import type { EffortLevel, ModelInfo } from "@/lib/models/catalogue";
import { hashText, newId, opaqueBase64, seededRandom } from "./ids";
import { composeReply, composeThinking, thinkingOfLength, type ToolResultSummary } from "./reply-text";
import { citedReply, type Citation } from "./cited-reply";
import { outputFormatSchema, structuredReply } from "./structured-reply";
import { signThinking } from "./thinking-signature";
import { questionFacts } from "./question-facts";
import { serverAnswer } from "./server-answer";
import { pausedTurn, runServerTurn } from "./server-turn";
import { chooseTools, type ChosenTool } from "./tool-choice";
import { generateToolInput, salientWords } from "./tool-input";
import type { searchCitation } from "./web-search";

export type PlannedContent =
  | { type: "thinking"; thinking: string; signature: string }
  | { type: "redacted_thinking"; data: string }
  | { type: "text"; text: string; citations?: Array<Citation | ReturnType<typeof searchCitation>> }
  | { type: "tool_use" | "server_tool_use"; id: string; name: string; input: unknown; caller?: unknown }
  | ServerResult;

/** A server tool's result block (web_search_tool_result, …): it arrives whole, and is no output of the model's. */
export type ServerResult = { type: `${string}_tool_result`; tool_use_id: string; content: unknown; caller?: unknown };

export interface PlannedBlock {
  /** The block as the JSON reply carries it. */
  content: PlannedContent;
  /** What streams as deltas, in order (text, thinking or partial JSON); joined, it is the block's text. */
  pieces: string[];
  /** False when max_tokens ended the reply inside this block (a tool input gets no content_block_stop). */
  complete: boolean;
}

export type StopReason =
  | "end_turn"
  | "max_tokens"
  | "stop_sequence"
  | "tool_use"
  | "pause_turn"
  | "refusal"
  | "model_context_window_exceeded";

export interface ReplyPlan {
  seed: number;
  blocks: PlannedBlock[];
  stopReason: StopReason;
  stopSequence: string | null;
  /** Why a refusal stopped the reply (the API's `stop_details`); absent for other stop reasons. */
  stopDetails?: { type: "refusal"; category: string | null; explanation: string | null };
  outputTokens: number;
  /** Present when the request has a server tool: the searches and fetches this reply ran (usage.server_tool_use). */
  serverToolUse?: { web_search_requests: number; web_fetch_requests: number };
  /** Tokens of the server tools' results, which the model read as input within the turn. */
  resultInputTokens: number;
}

export interface PlanOptions {
  redactedThinking?: boolean;
  /** Server tool calls a turn runs before it pauses (pause_turn): the API's cap unless a fault lowers it. */
  serverCallsPerTurn?: number;
}

/** Thinking length per effort for adaptive thinking, in tokens (manual budgets cap it instead). */
const EFFORT_THINKING: Record<EffortLevel, number> = { low: 24, medium: 60, high: 110, xhigh: 160, max: 220 };
const MANUAL_THINKING = 140;

type Block = { type: string; [key: string]: unknown };
const blocks = (content: unknown): Block[] => (Array.isArray(content) ? (content as Block[]) : []);

export function requestSeed(request: MessageRequest): number {
  const { max_tokens, stop_sequences, stream, metadata, ...content } = request;
  return hashText(JSON.stringify(content));
}

export function planReply(given: MessageRequest, model: ModelInfo, options: PlanOptions = {}): ReplyPlan {
  const seed = requestSeed(given);
  // The model reads the conversation as the API combines it: consecutive turns of one role are one turn.
  const request = { ...given, messages: mergeTurns(given.messages) };
  const random = seededRandom(seed);
  const lastUserIndex = request.messages.findLastIndex((m) => m.role === "user");
  const lastUser = request.messages[lastUserIndex];
  const question = blocks(lastUser?.content).length
    ? blocks(lastUser.content)
        .filter((b) => b.type === "text")
        .map((b) => String(b.text))
        .join("\n")
    : contentText(lastUser?.content);
  // Instructions given along the way (mid-conversation system messages) join the system prompt.
  const system = [
    systemText(request.system),
    ...request.messages.filter((m) => m.role === "system").map((m) => contentText(m.content)),
  ]
    .filter(Boolean)
    .join("\n");
  const toolResults = summarizeToolResults(request, lastUserIndex);

  const paused = pausedTurn(request);
  const chosen = chooseTools(request, question, toolResults.length > 0 && !paused);
  const server = chosen.filter((t) => t.kind === "server");
  const custom = chosen.filter((t) => t.kind === "custom");
  const planned: PlannedContent[] = [];
  // A paused turn goes on where it stopped: its thinking was written before the pause.
  const thinking = paused ? 0 : thinkingLength(request, model);
  if (thinking > 0) {
    const text = thinkingOfLength(
      composeThinking(
        question,
        system,
        seed,
        chosen.map((t) => t.name),
        toolResults.length > 0,
      ),
      thinking,
    );
    if (options.redactedThinking)
      planned.push({ type: "redacted_thinking", data: opaqueBase64(seed ^ 0x5eed, 320 + (seed % 200)) });
    else planned.push({ type: "thinking", thinking: text, signature: "" });
  }

  const forced = request.tool_choice?.type === "any" || request.tool_choice?.type === "tool";
  const facts = questionFacts(question);
  // With a response format, text is JSON only: tool calls come without the sentence that announces them.
  const format = outputFormatSchema(request);
  let naturalStop: StopReason = "end_turn";
  if (server.length > 0 || paused) {
    if (!forced && !paused && !format) planned.push({ type: "text", text: introduce(chosen) });
    const turn = runServerTurn(
      server as Extract<ChosenTool, { kind: "server" }>[],
      facts,
      paused,
      options.serverCallsPerTurn,
    );
    planned.push(...(turn.blocks as PlannedContent[]));
    if (turn.paused) naturalStop = "pause_turn";
    else if (custom.length > 0) {
      planned.push(...toolCalls(custom, question, random));
      naturalStop = "tool_use";
    } else if (format) planned.push({ type: "text", text: structuredReply(format, { random, question, toolResults }) });
    else planned.push(...serverAnswer(turn.outcomes));
  } else if (custom.length > 0) {
    if (!forced && !format) planned.push({ type: "text", text: introduce(custom) });
    planned.push(...toolCalls(custom, question, random));
    naturalStop = "tool_use";
  } else if (format) {
    planned.push({ type: "text", text: structuredReply(format, { random, question, toolResults }) });
  } else {
    const cited = toolResults.length ? [] : citedReply(request);
    if (cited.length) planned.push(...cited.map((block) => ({ type: "text" as const, ...block })));
    else
      planned.push({
        type: "text",
        text: composeReply({
          question,
          system,
          temperature: request.temperature,
          topP: request.top_p,
          topK: request.top_k,
          toolResults,
        }),
      });
  }
  const plan = cutReply(planned, request, model, seed, naturalStop);
  return withServerUsage(plan, request);
}

const SERVER_INTENT: Record<string, string> = {
  web_search: "search the web",
  web_fetch: "fetch the page",
  code_execution: "run some code",
};

/** What the reply says before its tool calls. */
function introduce(tools: ChosenTool[]): string {
  const server = tools.flatMap((t) => (t.kind === "server" ? [SERVER_INTENT[t.server]] : []));
  const names = tools.filter((t) => t.kind === "custom").map((t) => t.name);
  const parts = [
    ...new Set(server),
    ...(names.length ? [`use the ${names.join(" and ")} tool${names.length > 1 ? "s" : ""}`] : []),
  ];
  return `I'll ${parts.join(" and ")} for this.`;
}

function toolCalls(tools: ChosenTool[], question: string, random: () => number): PlannedContent[] {
  const words = salientWords(question);
  return tools.flatMap((tool) =>
    tool.kind === "custom"
      ? [
          {
            type: "tool_use" as const,
            id: newId("toolu"),
            name: tool.name,
            input: generateToolInput(tool.inputSchema, { random, words, question }),
          },
        ]
      : [],
  );
}

/** usage.server_tool_use counts what this reply ran (a result block cut off by max_tokens never ran), and the
 * results' tokens are input the model read within the turn. */
function withServerUsage(plan: Omit<ReplyPlan, "resultInputTokens">, request: MessageRequest): ReplyPlan {
  const hasServerTool = (request.tools ?? []).some((tool) => serverToolOf(tool.type));
  let web_search_requests = 0;
  let web_fetch_requests = 0;
  let resultInputTokens = 0;
  for (const { content } of plan.blocks) {
    if (!content.type.endsWith("_tool_result")) continue;
    const result = content as ServerResult;
    resultInputTokens += countTextTokens(JSON.stringify(result.content));
    if (result.type === "web_search_tool_result" && Array.isArray(result.content)) web_search_requests++;
    if (result.type === "web_fetch_tool_result" && (result.content as { type?: string }).type === "web_fetch_result")
      web_fetch_requests++;
  }
  return {
    ...plan,
    resultInputTokens,
    ...(hasServerTool ? { serverToolUse: { web_search_requests, web_fetch_requests } } : {}),
  };
}

/** Whether the reply thinks: asked for, or the model's default when `thinking` is omitted, or always. */
function thinks(type: string | undefined, model: ModelInfo): boolean {
  if (type === "enabled" || type === "adaptive") return true;
  if (type === undefined) return model.thinkingByDefault;
  // `disabled` is refused where thinking is always on; `between_tools` turns off the thinking before the reply.
  return model.thinkingAlwaysOn && type !== "disabled" && type !== "between_tools";
}

function thinkingLength(request: MessageRequest, model: ModelInfo): number {
  const type = request.thinking?.type as string | undefined;
  if (!thinks(type, model)) return 0;
  // Thinking never takes more than half of max_tokens, so the answer always gets room.
  const room = Math.floor(request.max_tokens / 2);
  if (type === "enabled")
    return Math.min((request.thinking as { budget_tokens: number }).budget_tokens, MANUAL_THINKING, room);
  const effort = request.output_config?.effort ?? model.defaultEffort ?? "high";
  return Math.min(EFFORT_THINKING[effort], room);
}

function summarizeToolResults(request: MessageRequest, lastUserIndex: number): ToolResultSummary[] {
  const names = new Map<string, string>();
  for (const b of blocks(request.messages[lastUserIndex - 1]?.content)) {
    if (b.type === "tool_use") names.set(String(b.id), String(b.name));
  }
  return blocks(request.messages[lastUserIndex]?.content)
    .filter((b) => b.type === "tool_result")
    .map((b) => ({
      name: names.get(String(b.tool_use_id)) ?? "tool",
      content:
        typeof b.content === "string"
          ? b.content
          : blocks(b.content)
              .map((c) => String(c.text ?? ""))
              .join(" "),
      isError: b.is_error === true,
    }));
}

/** Applies max_tokens and stop sequences to the planned blocks, in the order the model would emit them. */
function cutReply(
  planned: PlannedContent[],
  request: MessageRequest,
  model: ModelInfo,
  seed: number,
  naturalStop: StopReason,
): Omit<ReplyPlan, "resultInputTokens" | "serverToolUse"> {
  // max_tokens 0 fills the prompt cache and generates nothing.
  if (request.max_tokens === 0)
    return { seed, blocks: [], stopReason: "max_tokens", stopSequence: null, outputTokens: 0 };
  let budget = request.max_tokens;
  let outputTokens = 0;
  const out: PlannedBlock[] = [];
  const display = (request.thinking as { display?: string } | undefined)?.display ?? model.thinkingDisplay;
  for (const content of planned) {
    if (content.type === "thinking") {
      const tokens = countTextTokens(content.thinking); // counted even when the display omits the text
      budget -= tokens;
      outputTokens += tokens;
      const thinking = display === "omitted" ? "" : content.thinking;
      const shown = { ...content, thinking, signature: signThinking(thinking, seed) };
      out.push({ content: shown, pieces: splitTokens(shown.thinking), complete: true });
      continue;
    }
    if (content.type === "redacted_thinking") {
      const tokens = Math.ceil(content.data.length / 8);
      budget -= tokens;
      outputTokens += tokens;
      out.push({ content, pieces: [], complete: true });
      continue;
    }
    if (content.type === "text") {
      let text = content.text;
      let stopSequence: string | null = null;
      for (const sequence of request.stop_sequences ?? []) {
        const at = sequence ? text.indexOf(sequence) : -1;
        if (at >= 0 && (stopSequence === null || at < text.indexOf(stopSequence))) stopSequence = sequence;
      }
      if (stopSequence !== null) text = text.slice(0, text.indexOf(stopSequence));
      const pieces = splitTokens(text);
      if (countTextTokens(text) > budget) {
        const kept = takeTokens(pieces, budget);
        outputTokens += countTextTokens(kept.join(""));
        out.push({ content: { ...content, text: kept.join("") }, pieces: kept, complete: true });
        return { seed, blocks: out, stopReason: "max_tokens", stopSequence: null, outputTokens };
      }
      budget -= countTextTokens(text);
      outputTokens += countTextTokens(text);
      out.push({ content: { ...content, text }, pieces, complete: true });
      if (stopSequence !== null) return { seed, blocks: out, stopReason: "stop_sequence", stopSequence, outputTokens };
      continue;
    }
    if (isServerResult(content)) {
      out.push({ content, pieces: [], complete: true });
      continue;
    }
    const json = JSON.stringify(content.input);
    const pieces = splitTokens(json);
    if (countTextTokens(json) > budget) {
      // Cut inside the tool input: the block stays open; its input is what the SDK parses from the partial JSON.
      const kept = takeTokens(pieces, budget);
      const partial = kept.join("");
      outputTokens += countTextTokens(partial);
      out.push({ content: { ...content, input: parsePartial(partial) }, pieces: kept, complete: false });
      return { seed, blocks: out, stopReason: "max_tokens", stopSequence: null, outputTokens };
    }
    budget -= countTextTokens(json);
    outputTokens += countTextTokens(json);
    out.push({ content, pieces, complete: true });
  }
  return { seed, blocks: out, stopReason: naturalStop, stopSequence: null, outputTokens };
}

const isServerResult = (content: PlannedContent): content is ServerResult => content.type.endsWith("_tool_result");

/** The leading pieces that hold `tokens` tokens (whitespace-only pieces are free). */
function takeTokens(pieces: string[], tokens: number): string[] {
  const kept: string[] = [];
  let count = 0;
  for (const piece of pieces) {
    const cost = piece.trim() === "" ? 0 : 1;
    if (count + cost > tokens) break;
    count += cost;
    kept.push(piece);
  }
  return kept;
}

function parsePartial(json: string): unknown {
  if (!json) return {};
  try {
    return partialParse(json);
  } catch {
    return {};
  }
}
