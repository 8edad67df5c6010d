// Which tools a reply calls, as a model decides: the tool tool_choice forces; tools the user's turn names; else the tool
// whose name (or, failing that, description) best matches what the turn asks for, plus any other tool the turn asks for
// by a word of its own name ("the weather in Oslo and the time in Tokyo"). A turn that asks for nothing a tool does
// gets text, however many tools there are. Server tools match by what they do (search, fetch a URL, run code);
// tool types the simulator cannot call (toolsets, tool search, MCP…) are never chosen.
import type { MessageRequest } from "@/lib/messages/request-schema";
import { isCustomTool, serverToolOf, type ServerToolKind } from "@/lib/messages/server-tools";
import { findExpression } from "./arithmetic";

type Tool = NonNullable<MessageRequest["tools"]>[number];

export type ChosenTool =
  | { kind: "custom"; tool: Tool; name: string; inputSchema: Record<string, unknown> }
  | { kind: "server"; tool: Tool; name: string; server: ServerToolKind };

/** Anthropic-defined tools the client runs, by type prefix: their input shape, for a call the simulator can write. */
const CLIENT_DEFINED: Array<{ prefix: string; description: string; schema: Record<string, unknown> }> = [
  {
    prefix: "bash_",
    description: "Run a shell command in a terminal",
    schema: { type: "object", properties: { command: { type: "string" } }, required: ["command"] },
  },
  {
    prefix: "text_editor_",
    description: "View, create and edit text files",
    schema: {
      type: "object",
      properties: { command: { type: "string", enum: ["view"] }, path: { type: "string", description: "e.g. /repo" } },
      required: ["command", "path"],
    },
  },
  {
    prefix: "memory_",
    description: "Remember and recall notes in a memory directory",
    schema: {
      type: "object",
      properties: {
        command: { type: "string", enum: ["view"] },
        path: { type: "string", description: "e.g. /memories" },
      },
      required: ["command", "path"],
    },
  },
];

/** What each server tool is for, in the words a request for it would use. */
const SERVER_PURPOSE: Record<ServerToolKind, string> = {
  web_search: "search the web online internet latest current recent news today look up",
  web_fetch: "fetch read open visit summarize page url link website article",
  code_execution: "code execution run execute python script program bash calculate compute plot analyze",
};

interface Candidate {
  chosen: ChosenTool;
  nameTerms: Set<string>;
  descriptionTerms: Set<string>;
}

const STOPWORDS = new Set(
  (
    "a an the and or of to in on at by for from with into about as is are was were be been being it its this that " +
    "these those i me my you your we our they them he she his her what which who whom whose when where why how can " +
    "could would should will shall may might do does did done have has had please tell give show let make use get " +
    "set tool tools function value values some any all just also than then there here not no yes if so up out over " +
    "current given return returns one two via per each"
  ).split(" "),
);

/** Words that ask for the same thing, so a turn matches a tool that says it differently. */
const SYNONYMS: string[][] = [
  ["search", "find", "look", "lookup", "query"],
  ["weather", "forecast", "temperature", "rain", "sunny", "warm", "cold"],
  ["time", "clock", "hour", "timezone"],
  ["add", "sum", "plus", "total", "addition"],
  ["subtract", "minus", "difference", "subtraction"],
  ["multiply", "product", "multiplication"],
  ["divide", "quotient", "division", "ratio"],
  ["calculate", "compute", "calculator", "arithmetic", "math", "evaluate", "expression"],
  ["stock", "share", "ticker", "quote"],
  ["translate", "translation", "language"],
  ["email", "mail", "send", "message"],
  ["calendar", "event", "schedule", "meeting", "appointment"],
  ["run", "execute", "execution"],
];

/** Lower-case word stems: plural and verb endings off, so "flights" meets "flight" and "converts" "convert". */
export function terms(text: string): string[] {
  const words = text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .match(/[a-z][a-z0-9]*/g);
  return (words ?? []).filter((w) => !STOPWORDS.has(w)).map(stem);
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

const OPERATOR_WORDS: Record<string, string> = { "+": "add", "-": "subtract", "*": "multiply", "/": "divide" };

/** The terms of what the turn asks for: its words, what its arithmetic, URLs and code ask for, and their synonyms. */
export function questionTerms(question: string): Set<string> {
  const found = new Set(terms(question));
  const expression = findExpression(question);
  if (expression) {
    found.add("calculate");
    // A binary operator follows a number or a closing parenthesis ("2 - -3" subtracts).
    for (const [, operator] of expression.matchAll(/[\d)]\s*([-+*/])/g)) found.add(OPERATOR_WORDS[operator]);
  }
  if (/https?:\/\/\S+/.test(question)) for (const word of ["url", "fetch", "page"]) found.add(word);
  if (/```/.test(question)) for (const word of ["code", "run"]) found.add(word);
  for (const group of SYNONYMS) {
    if (group.some((word) => found.has(word))) for (const word of group) found.add(word);
  }
  return found;
}

function candidateOf(tool: Tool): Candidate | undefined {
  const described = (name: string, description: string, chosen: ChosenTool): Candidate => ({
    chosen,
    nameTerms: new Set(terms(name.replace(/[_-]+/g, " "))),
    descriptionTerms: new Set(terms(description)),
  });
  if (isCustomTool(tool)) {
    if (typeof tool.name !== "string" || !tool.input_schema) return undefined;
    const chosen = {
      kind: "custom" as const,
      tool,
      name: tool.name,
      inputSchema: tool.input_schema as Record<string, unknown>,
    };
    return described(tool.name, tool.description ?? "", chosen);
  }
  const spec = serverToolOf(tool.type);
  if (spec)
    return described(spec.name, SERVER_PURPOSE[spec.kind], {
      kind: "server",
      tool,
      name: spec.name,
      server: spec.kind,
    });
  const defined = CLIENT_DEFINED.find((d) => tool.type?.startsWith(d.prefix));
  if (defined && typeof tool.name === "string")
    return described(tool.name, defined.description, {
      kind: "custom",
      tool,
      name: tool.name,
      inputSchema: defined.schema,
    });
  return undefined;
}

/** How well a tool matches the turn: its name's words count twice, its description's once, each word once. */
function score(candidate: Candidate, asked: Set<string>) {
  const byName = [...candidate.nameTerms].filter((t) => asked.has(t));
  const byDescription = [...candidate.descriptionTerms].filter((t) => asked.has(t) && !candidate.nameTerms.has(t));
  return { byName, total: byName.length * 2 + byDescription.length };
}

/** Enough to call a tool unasked by name: a word of its name, or two of its description. */
const THRESHOLD = 2;

export function chooseTools(request: MessageRequest, question: string, answeringToolResult: boolean): ChosenTool[] {
  const choice = request.tool_choice;
  const candidates = (request.tools ?? []).map(candidateOf).filter((c): c is Candidate => c !== undefined);
  if (candidates.length === 0 || choice?.type === "none") return [];
  const parallel = !(choice && "disable_parallel_tool_use" in choice && choice.disable_parallel_tool_use);
  const limit = (chosen: ChosenTool[]) => (parallel ? chosen.slice(0, 4) : chosen.slice(0, 1));
  if (choice?.type === "tool") {
    const named = candidates.find((c) => c.chosen.name === (choice as { name: string }).name);
    return named ? [named.chosen] : [];
  }

  const lower = question.toLowerCase();
  const mentioned = candidates.filter(({ chosen: { name } }) => {
    const spoken = name.toLowerCase().replace(/[_-]+/g, " ");
    return new RegExp(`\\b(?:${escapeRegExp(name.toLowerCase())}|${escapeRegExp(spoken)})\\b`).test(lower);
  });
  const forced = choice?.type === "any";
  if (mentioned.length > 0 && (forced || !answeringToolResult)) return limit(mentioned.map((c) => c.chosen));
  if (answeringToolResult && !forced) return [];

  const asked = questionTerms(question);
  const ranked = candidates
    .map((candidate) => ({ candidate, ...score(candidate, asked) }))
    .filter(({ candidate, total }) => total >= THRESHOLD && callableNow(candidate.chosen, question))
    .sort((a, b) => b.total - a.total);
  const chosen: ChosenTool[] = [];
  if (ranked.length > 0) {
    const [best, ...rest] = ranked;
    chosen.push(best.candidate.chosen);
    const covered = new Set(best.byName);
    // Another tool joins only for a part of the turn the best one does not cover, named by a word of its own name.
    for (const other of rest) {
      const own = other.byName.filter((t) => !covered.has(t));
      if (own.length === 0) continue;
      chosen.push(other.candidate.chosen);
      for (const t of other.byName) covered.add(t);
    }
  } else if (forced || /\b(use|call|run|invoke) (a|the|your|any|one of the) tools?\b/.test(lower)) {
    const first = candidates.find((c) => callableNow(c.chosen, question)) ?? candidates[0];
    chosen.push(first.chosen);
  }
  return limit(chosen);
}

/** A fetch needs a URL in the turn: web fetch only fetches what the conversation has shown it. */
function callableNow(chosen: ChosenTool, question: string): boolean {
  return chosen.kind !== "server" || chosen.server !== "web_fetch" || /https?:\/\/\S+/.test(question);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
