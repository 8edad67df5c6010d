// The server tools the playground knows by name: each with its fixed name, its versions (newest first) and its options
// with their types, from the SDK's `ToolUnion` (WebSearchTool20250305… in resources/messages/messages.ts) and the tool
// guides. The panel builds its cards from this list and the simulator runs these three; every other tool type is kept
// and sent as written.

export type ServerToolKind = "web_search" | "web_fetch" | "code_execution";

export type ServerToolOption =
  | { key: "max_uses" | "max_content_tokens"; kind: "integer"; label: string; help: string }
  | { key: "allowed_domains" | "blocked_domains"; kind: "domains"; label: string; help: string }
  | { key: "user_location"; kind: "location"; label: string; help: string }
  | { key: "citations"; kind: "citations"; label: string; help: string };

export interface ServerToolSpec {
  kind: ServerToolKind;
  /** The name every version of the tool must carry. */
  name: string;
  label: string;
  /** What it does, in a line (the panel's help text). */
  summary: string;
  /** Its `type` values, newest first. */
  versions: string[];
  options: ServerToolOption[];
}

const MAX_USES: ServerToolOption = {
  key: "max_uses",
  kind: "integer",
  label: "Max uses",
  help: "Calls per request; past them, an error result.",
};
const ALLOWED: ServerToolOption = {
  key: "allowed_domains",
  kind: "domains",
  label: "Allowed domains",
  help: "Only these; one per line.",
};
const BLOCKED: ServerToolOption = {
  key: "blocked_domains",
  kind: "domains",
  label: "Blocked domains",
  help: "Never these; one per line.",
};

export const SERVER_TOOLS: readonly ServerToolSpec[] = [
  {
    kind: "web_search",
    name: "web_search",
    label: "Web search",
    summary: "Searches the web and cites its sources; billed per search.",
    versions: ["web_search_20260318", "web_search_20260209", "web_search_20250305"],
    options: [
      MAX_USES,
      { ...ALLOWED, help: "Only these (not with blocked); one per line." },
      { ...BLOCKED, help: "Never these (not with allowed); one per line." },
      { key: "user_location", kind: "location", label: "User location", help: "Approximate, for local results." },
    ],
  },
  {
    kind: "web_fetch",
    name: "web_fetch",
    label: "Web fetch",
    summary: "Fetches the text of a URL that appeared in the conversation.",
    versions: ["web_fetch_20260318", "web_fetch_20260309", "web_fetch_20260209", "web_fetch_20250910"],
    options: [
      MAX_USES,
      ALLOWED,
      BLOCKED,
      {
        key: "max_content_tokens",
        kind: "integer",
        label: "Max content tokens",
        help: "Of each page's text, roughly.",
      },
      { key: "citations", kind: "citations", label: "Citations", help: "Let the answer cite the fetched pages." },
    ],
  },
  {
    kind: "code_execution",
    name: "code_execution",
    label: "Code execution",
    summary: "Runs code in a sandbox (Python, and Bash from the 20250825 version on).",
    versions: [
      "code_execution_20260521",
      "code_execution_20260120",
      "code_execution_20250825",
      "code_execution_20250522",
    ],
    options: [],
  },
];

/** The server tool a `type` is a version of, if the playground knows it. */
export function serverToolOf(type: unknown): ServerToolSpec | undefined {
  return typeof type === "string" ? SERVER_TOOLS.find((spec) => spec.versions.includes(type)) : undefined;
}

/** A new tool entry of the newest version, with no options set (the API's defaults). */
export function newServerTool(kind: ServerToolKind): Record<string, unknown> {
  const spec = SERVER_TOOLS.find((s) => s.kind === kind)!;
  return { type: spec.versions[0], name: spec.name };
}

/** A custom tool: no `type`, or `type: "custom"`. */
export function isCustomTool(tool: unknown): boolean {
  if (typeof tool !== "object" || tool === null) return false;
  const type = (tool as { type?: unknown }).type;
  return type === undefined || type === null || type === "custom";
}

/** A reply that stopped with pause_turn, sent back as the last assistant turn so that the model continues it: it holds
 * the turn's server tool calls (the last one maybe not run yet). The API takes it on every model, prefill or not
 * (handling stop reasons: "send the assistant content back to continue"). */
export function isPausedTurn(message: { role: string; content: unknown } | undefined): boolean {
  return (
    message?.role === "assistant" &&
    Array.isArray(message.content) &&
    message.content.some((block) => (block as { type?: unknown })?.type === "server_tool_use")
  );
}
