// Importing tools from pasted JSON: one tool, a list of tools, a request's {tools: [...]}, or an
// OpenAI-style function definition (converted, since people often paste those). A custom tool needs a name and an
// object input_schema; a server or Anthropic-defined tool (any other `type`, known or not) is taken as written.
import { ToolSchema } from "@/lib/messages/request-schema";
import { isCustomTool } from "@/lib/messages/server-tools";

type Tool = Record<string, unknown>;

function fromFunction(value: Record<string, unknown>): Tool | null {
  const fn = (value.type === "function" ? value.function : null) as Record<string, unknown> | null;
  if (!fn || typeof fn.name !== "string") return null;
  const tool: Tool = { name: fn.name, input_schema: fn.parameters ?? { type: "object", properties: {} } };
  if (typeof fn.description === "string") tool.description = fn.description;
  return tool;
}

export function parseToolImport(text: string): { tools: Tool[] } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Not valid JSON: ${(error as Error).message}` };
  }
  const list = Array.isArray(value)
    ? value
    : Array.isArray((value as { tools?: unknown })?.tools)
      ? (value as { tools: unknown[] }).tools
      : [value];
  if (list.length === 0) return { error: "No tool found in the JSON." };
  const tools: Tool[] = [];
  for (const [i, item] of list.entries()) {
    const candidate = (item && typeof item === "object" && fromFunction(item as Tool)) || item;
    if (!candidate || typeof candidate !== "object" || Array.isArray(candidate))
      return { error: `Tool ${i + 1}: a tool is a JSON object.` };
    const parsed = ToolSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { error: `Tool ${i + 1}: ${issue.path.join(".") || "tool"}: ${issue.message}` };
    }
    if (isCustomTool(candidate)) {
      const custom = candidate as { name?: unknown; input_schema?: { type?: unknown } };
      if (typeof custom.name !== "string") return { error: `Tool ${i + 1}: name: a custom tool needs a name.` };
      if (!custom.input_schema)
        return { error: `Tool ${i + 1}: input_schema: a custom tool needs an input_schema (or a server tool's type).` };
      if (custom.input_schema.type !== "object") return { error: `Tool ${i + 1}: input_schema.type must be "object".` };
    }
    // The tool exactly as pasted (unknown fields included), not zod's copy.
    tools.push(candidate as Tool);
  }
  return { tools };
}
