// Importing tools from pasted JSON: one tool, a list of tools, a request's {tools: [...]}, or an
// OpenAI-style function definition (converted, since people often paste those).
import { ToolSchema } from "@/lib/messages/request-schema";

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
    const parsed = ToolSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { error: `Tool ${i + 1}: ${issue.path.join(".") || "tool"}: ${issue.message}` };
    }
    if ((candidate as { input_schema: { type: string } }).input_schema.type !== "object") {
      return { error: `Tool ${i + 1}: input_schema.type must be "object".` };
    }
    // The tool exactly as pasted (unknown fields included), not zod's copy.
    tools.push(candidate as Tool);
  }
  return { tools };
}
