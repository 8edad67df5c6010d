// Every tool type the installed SDK knows, read from its sources (`ToolUnion` and `BetaToolUnion`), as the smallest
// tools that carry them: `{type, name}`, or `{type}` for a toolset, which has no name. Tests use it so that a tool
// type the SDK adds is covered without anyone listing it here.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const SOURCES = [
  ["resources/messages/messages.ts", "ToolUnion"],
  ["resources/beta/messages/messages.ts", "BetaToolUnion"],
] as const;

export type SdkTool = { type: string; name?: string; [key: string]: unknown };

export function sdkToolTypes(): SdkTool[] {
  const tools = new Map<string, SdkTool>();
  for (const [file, union] of SOURCES) {
    const source = readFileSync(join(process.cwd(), "node_modules/@anthropic-ai/sdk/src", file), "utf8");
    const members = new RegExp(`export type ${union} =([^;]+);`).exec(source)?.[1] ?? "";
    for (const member of members.match(/\w+/g) ?? []) {
      const body = new RegExp(`export interface ${member} \\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1] ?? "";
      const type = /^ {2}type\??: '([^']+)'/m.exec(body)?.[1];
      if (!type || type === "custom") continue; // the custom tool, which needs an input_schema
      const name = /^ {2}name: '([^']+)'/m.exec(body)?.[1];
      const tool: SdkTool = name ? { type, name } : { type };
      // Required fields other than type and name (an MCP toolset names its server, computer use its display size).
      for (const [, field, kind] of body.matchAll(/^ {2}(\w+): (string|number);$/gm))
        if (field !== "name") tool[field] = kind === "number" ? 768 : "example";
      tools.set(type, tool);
    }
  }
  return [...tools.values()];
}
