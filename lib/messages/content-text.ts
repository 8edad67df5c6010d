import type { MessageRequest } from "./request-schema";

type Content = MessageRequest["messages"][number]["content"];

/** The plain text of a message's content: strings, text blocks and string tool results. */
export function contentText(content: Content | undefined): string {
  if (content === undefined) return "";
  if (typeof content === "string") return content;
  return content
    .map((block) => {
      if (typeof block.text === "string") return block.text;
      if (block.type === "tool_result" && typeof block.content === "string") return block.content;
      return "";
    })
    .filter(Boolean)
    .join("\n");
}

/** A message's content as blocks: a string is one text block (none when empty). */
export function contentBlocks(content: unknown): Record<string, unknown>[] {
  if (typeof content === "string") return content === "" ? [] : [{ type: "text", text: content }];
  return Array.isArray(content) ? (content as Record<string, unknown>[]) : [];
}

export function systemText(system: MessageRequest["system"]): string {
  if (system === undefined) return "";
  return typeof system === "string" ? system : system.map((b) => b.text).join("\n");
}
