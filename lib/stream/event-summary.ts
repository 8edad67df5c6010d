// One line per SSE event for the inspector's table: what the event carries, without the JSON every event of its type
// shares. A delta's raw line begins `{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":`, so a
// column of raw lines cut to its width showed that prefix on every row and none of the text.

import { formatNumber, plural } from "@/lib/format/number";
import { asJsonObject as object, type JsonObject as Json } from "@/lib/messages/json-object";

/** A string as JSON writes it: quoted, with its newlines and spaces visible. */
const quoted = (value: unknown) => JSON.stringify(typeof value === "string" ? value : "");

function usageLine(usage: Json): string {
  const parts: string[] = [];
  for (const [key, label] of [
    ["input_tokens", "input"],
    ["cache_creation_input_tokens", "cache write"],
    ["cache_read_input_tokens", "cache read"],
    ["output_tokens", "output"],
  ] as const) {
    if (typeof usage[key] === "number") parts.push(`${label} ${formatNumber(usage[key] as number)}`);
  }
  return parts.join(", ");
}

function delta(data: Json): string {
  const d = object(data.delta);
  const at = `#${data.index ?? "?"} ${String(d.type ?? "delta")}`;
  switch (d.type) {
    case "text_delta":
      return `${at} ${quoted(d.text)}`;
    case "thinking_delta":
      return `${at} ${quoted(d.thinking)}`;
    case "input_json_delta":
      return `${at} ${quoted(d.partial_json)}`;
    case "signature_delta":
      return `${at} ${plural(typeof d.signature === "string" ? d.signature.length : 0, "character")}`;
    case "citations_delta":
      return `${at} ${quoted(object(d.citation).cited_text)}`;
    default:
      return `${at} ${JSON.stringify(d)}`;
  }
}

function blockStart(data: Json): string {
  const block = object(data.content_block);
  const at = `#${data.index ?? "?"} ${String(block.type ?? "block")}`;
  if (block.type === "tool_use" || block.type === "server_tool_use")
    return `${at} ${String(block.name ?? "")} ${String(block.id ?? "")}`.trimEnd();
  if (block.type === "redacted_thinking")
    return `${at} ${plural(typeof block.data === "string" ? block.data.length : 0, "character")}`;
  if (block.type === "text" && block.text) return `${at} ${quoted(block.text)}`;
  return at;
}

/** The line for an event, from its name and raw data; the raw data itself when it is not JSON or says nothing more. */
export function summarizeEvent(name: string, raw: string): string {
  let data: Json;
  try {
    data = object(JSON.parse(raw));
  } catch {
    return raw;
  }
  switch (name) {
    case "content_block_delta":
      return delta(data);
    case "content_block_start":
      return blockStart(data);
    case "content_block_stop":
      return `#${data.index ?? "?"}`;
    case "message_start": {
      const message = object(data.message);
      return [message.id, message.model, usageLine(object(message.usage))].filter(Boolean).join(" · ");
    }
    case "message_delta": {
      const d = object(data.delta);
      const stop = d.stop_reason
        ? `stop_reason ${String(d.stop_reason)}${d.stop_sequence ? ` (${quoted(d.stop_sequence)})` : ""}`
        : "";
      return [stop, usageLine(object(data.usage))].filter(Boolean).join(" · ") || raw;
    }
    case "error": {
      const error = object(data.error);
      return `${String(error.type ?? "error")}: ${String(error.message ?? "")}`;
    }
    default:
      return raw;
  }
}
