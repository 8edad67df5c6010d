// {{variables}} in a request's texts: the system prompt, the messages' text (strings, text blocks, tool results) and
// the tools' descriptions. A variable is `{{name}}` (spaces inside the braces allowed), a name being a letter or `_`
// then letters, digits, `_` or `-`. `\{{name}}` is not a variable: it is sent as `{{name}}`, without the backslash.
// Anything else with braces (`{{ }}`, `{{"a": 1}}`) is ordinary text, sent as written.
import type { RequestBody } from "@/lib/messages/types";

const VARIABLE = /(\\?)\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;

/** The variable names in one text, in order, with repeats. */
function namesIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(VARIABLE)) if (!match[1]) names.push(match[2]);
  return names;
}

/** The text with each variable that has a value replaced by it, and each escaped one unescaped. A variable without
 * a value is left as written. */
export function fillText(text: string, value: (name: string) => string | undefined): string {
  if (!text.includes("{{")) return text;
  return text.replace(VARIABLE, (whole, escaped: string, name: string) => {
    if (escaped) return whole.slice(1);
    return value(name) ?? whole;
  });
}

type Edit = (text: string) => string;
type Block = Record<string, unknown>;

function editBlocks(blocks: unknown[], edit: Edit): unknown[] {
  let changed = false;
  const next = blocks.map((block) => {
    const edited = editBlock(block, edit);
    if (edited !== block) changed = true;
    return edited;
  });
  return changed ? next : blocks;
}

function editBlock(block: unknown, edit: Edit): unknown {
  if (!block || typeof block !== "object") return block;
  const b = block as Block;
  if (b.type === "text" && typeof b.text === "string") {
    const text = edit(b.text);
    return text === b.text ? block : { ...b, text };
  }
  if (b.type === "tool_result") {
    const content = editContent(b.content, edit);
    return content === b.content ? block : { ...b, content };
  }
  return block;
}

function editContent(content: unknown, edit: Edit): unknown {
  if (typeof content === "string") return edit(content);
  if (Array.isArray(content)) return editBlocks(content, edit);
  return content;
}

/** The request with `edit` applied to each of its texts; the same object when no text changed. Only the objects on
 * the way to a changed text are copied: everything else (unknown fields included) is the request's own. */
export function mapRequestTexts(request: RequestBody, edit: Edit): RequestBody {
  let next = request;
  const system = editContent(request.system, edit);
  if (system !== request.system) next = { ...next, system };
  if (Array.isArray(request.messages)) {
    let changed = false;
    const messages = request.messages.map((message) => {
      if (!message || typeof message !== "object") return message;
      const m = message as Block;
      const content = editContent(m.content, edit);
      if (content === m.content) return message;
      changed = true;
      return { ...m, content };
    });
    if (changed) next = { ...next, messages };
  }
  if (Array.isArray(request.tools)) {
    let changed = false;
    const tools = request.tools.map((tool) => {
      const t = tool as Block | null;
      if (!t || typeof t !== "object" || typeof t.description !== "string") return tool;
      const description = edit(t.description);
      if (description === t.description) return tool;
      changed = true;
      return { ...t, description };
    });
    if (changed) next = { ...next, tools };
  }
  return next;
}

/** The variables of a request, each once, in the order they first appear. */
export function findVariables(request: RequestBody): string[] {
  const found = new Set<string>();
  mapRequestTexts(request, (text) => {
    if (text.includes("{{")) for (const name of namesIn(text)) found.add(name);
    return text;
  });
  return [...found];
}

/** The variables of several requests (the variants), each once, in order. */
export function findAllVariables(requests: readonly RequestBody[]): string[] {
  return [...new Set(requests.flatMap(findVariables))];
}

export type VariableValues = Readonly<Record<string, string>>;

/** The request as sent: every variable with a value replaced by it, escapes unescaped. */
export function fillRequest(request: RequestBody, values: VariableValues): RequestBody {
  return mapRequestTexts(request, (text) =>
    fillText(text, (name) => (Object.hasOwn(values, name) ? values[name] : undefined)),
  );
}

/** The names among `names` that have no value (absent or empty). */
export function missingValues(names: readonly string[], values: VariableValues): string[] {
  return names.filter((name) => !values[name]);
}
