// The server tools of one turn, run by the simulator as the API runs them in its own loop: one search per subject the
// turn lists, one fetch per URL it gives, one run of its code; each call a server_tool_use block followed by its
// result block, in the documented shapes. A tool past its max_uses gets the API's error result, and the model calls it
// no more. A turn that needs more than ITERATION_LIMIT calls pauses (stop_reason pause_turn) with the next call
// written but not run; sending the reply back as the last assistant turn continues it from there.
import { asJsonObject as object } from "@/lib/messages/json-object";
import type { MessageRequest } from "@/lib/messages/request-schema";
import { isPausedTurn, type ServerToolKind } from "@/lib/messages/server-tools";
import { type CodeOutcome, runBash, runPython } from "./code-run";
import { newId } from "./ids";
import type { QuestionFacts } from "./question-facts";
import { topicItems } from "./question-facts";
import type { ChosenTool } from "./tool-choice";
import { fetchPage, type FetchContent } from "./web-fetch";
import { type SearchResult, searchResults } from "./web-search";

/** Server-tool calls per response before the API pauses the turn: the documented default of its server-side loop
 * ("pause_turn … when the server-side sampling loop hits its iteration cap, default 10"). */
export const ITERATION_LIMIT = 10;

type ServerTool = Extract<ChosenTool, { kind: "server" }>;
type Block = { type: string; [key: string]: unknown };

export interface ServerCall {
  server: ServerToolKind;
  config: Record<string, unknown>;
  /** The name of the server_tool_use block: a sub-tool for code execution from its 20250825 version. */
  name: string;
  input: Record<string, unknown>;
}

export type ServerOutcome =
  | { server: "web_search"; query: string; results: SearchResult[] }
  | { server: "web_search"; query: string; error: string }
  | { server: "web_fetch"; url: string; content: FetchContent }
  | { server: "code_execution"; code: string; outcome: CodeOutcome };

export interface ServerTurn {
  /** server_tool_use and result blocks, in order (a continuation starts with the pending call's result). */
  blocks: Block[];
  outcomes: ServerOutcome[];
  paused: boolean;
}

/** Every call the turn asks for, in order, whatever has run already. */
export function plannedCalls(tools: ServerTool[], facts: QuestionFacts): ServerCall[] {
  const calls: ServerCall[] = [];
  for (const { tool, server } of tools) {
    const config = tool as Record<string, unknown>;
    if (server === "web_search") {
      for (const query of topicItems(facts.topic || facts.question))
        calls.push({ server, config, name: "web_search", input: { query } });
    } else if (server === "web_fetch") {
      for (const url of facts.urls) calls.push({ server, config, name: "web_fetch", input: { url } });
    } else {
      calls.push(codeCall(config, facts));
    }
  }
  return calls;
}

function codeCall(config: Record<string, unknown>, facts: QuestionFacts): ServerCall {
  const given = facts.code;
  const python =
    given && !/^(bash|sh|shell|console|zsh)$/.test(given.language) && given.language !== ""
      ? given.text
      : facts.expression
        ? `print(${facts.expression.replace(/\^/g, "**")})`
        : given
          ? undefined
          : `print(${JSON.stringify(facts.topic || "Hello from the sandbox")})`;
  // The first version runs Python as `code_execution`; later ones give the model Bash (`bash_code_execution`).
  if (config.type === "code_execution_20250522")
    return { server: "code_execution", config, name: "code_execution", input: { code: python ?? given!.text } };
  const command = python === undefined ? given!.text : `python3 << 'EOF'\n${python}\nEOF`;
  return { server: "code_execution", config, name: "bash_code_execution", input: { command } };
}

/** A reply sent back as the last assistant turn after pause_turn: its server calls, run or not. */
export function pausedTurn(request: MessageRequest): Block[] | undefined {
  const last = request.messages.at(-1);
  return isPausedTurn(last) ? (last!.content as Block[]) : undefined;
}

/** `limit`: how many server tool calls the turn runs before it pauses (the API's cap; fewer with the pause-turn fault). */
export function runServerTurn(
  tools: ServerTool[],
  facts: QuestionFacts,
  paused?: Block[],
  limit = ITERATION_LIMIT,
): ServerTurn {
  const calls = plannedCalls(tools, facts);
  const blocks: Block[] = [];
  const outcomes: ServerOutcome[] = [];
  const uses = new Map<Record<string, unknown>, number>();
  const exhausted = new Set<Record<string, unknown>>();
  let next = 0;
  let pending: Block | undefined;
  if (paused) {
    const answered = new Set(paused.filter((b) => b.type !== "server_tool_use").map((b) => String(b.tool_use_id)));
    const written = paused.filter((b) => b.type === "server_tool_use");
    next = written.filter((b) => answered.has(String(b.id))).length;
    pending = written.find((b) => !answered.has(String(b.id)));
  }
  for (let run = 0; next < calls.length; next++) {
    const call = calls[next];
    if (exhausted.has(call.config)) continue;
    const id = pending ? String(pending.id) : newId("srvtoolu");
    const input = pending ? object(pending.input) : call.input;
    if (!pending) {
      blocks.push({ type: "server_tool_use", id, name: call.name, input, caller: { type: "direct" } });
      if (run === limit) return { blocks, outcomes, paused: true };
    }
    pending = undefined;
    run++;
    const used = (uses.get(call.config) ?? 0) + 1;
    uses.set(call.config, used);
    const max = call.config.max_uses;
    if (typeof max === "number" && used > max) exhausted.add(call.config);
    const { block, outcome } = execute({ ...call, input }, id, exhausted.has(call.config));
    blocks.push(block);
    outcomes.push(outcome);
  }
  return { blocks, outcomes, paused: false };
}

function execute(call: ServerCall, id: string, overLimit: boolean): { block: Block; outcome: ServerOutcome } {
  const direct = { type: "direct" };
  if (call.server === "web_search") {
    const query = String(call.input.query ?? "");
    if (overLimit || !query.trim()) {
      const error = overLimit ? "max_uses_exceeded" : "invalid_tool_input";
      return {
        block: {
          type: "web_search_tool_result",
          tool_use_id: id,
          content: { type: "web_search_tool_result_error", error_code: error },
          caller: direct,
        },
        outcome: { server: "web_search", query, error },
      };
    }
    const results = searchResults(query, call.config);
    return {
      block: { type: "web_search_tool_result", tool_use_id: id, content: results, caller: direct },
      outcome: { server: "web_search", query, results },
    };
  }
  if (call.server === "web_fetch") {
    const content = overLimit
      ? ({ type: "web_fetch_tool_result_error", error_code: "max_uses_exceeded" } as const)
      : fetchPage(call.input.url, call.config);
    return {
      block: { type: "web_fetch_tool_result", tool_use_id: id, content, caller: direct },
      outcome: { server: "web_fetch", url: String(call.input.url ?? ""), content },
    };
  }
  const bash = call.name === "bash_code_execution";
  const code = String(bash ? (call.input.command ?? "") : (call.input.code ?? ""));
  const outcome = bash ? runBash(code) : runPython(code);
  const kind = bash ? "bash_code_execution" : "code_execution";
  return {
    block: {
      type: `${kind}_tool_result`,
      tool_use_id: id,
      content: { type: `${kind}_result`, ...outcome, content: [] },
    },
    outcome: { server: "code_execution", code, outcome },
  };
}
