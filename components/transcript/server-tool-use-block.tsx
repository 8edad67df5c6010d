"use client";

import { ScrollBox } from "@/components/ui/scroll-box";
import type { LiveBlock } from "@/lib/stream/accumulate";
import { BlockFrame, blockName } from "./block-frame";

type Block = LiveBlock & { id?: string; name?: string; input?: unknown; partialJson?: string };

/** What each server tool's call is, in words. */
const LABELS: Record<string, string> = {
  web_search: "Web search",
  web_fetch: "Web fetch",
  code_execution: "Code execution",
  bash_code_execution: "Code execution (Bash)",
  text_editor_code_execution: "Code execution (file edit)",
  tool_search_tool_regex: "Tool search",
  tool_search_tool_bm25: "Tool search",
};

/** A server tool's call: a search's query, a fetch's URL, the code to run; any other tool's input as JSON. While its
 * input streams, what has arrived so far. Everything is text: a URL here is never a link. */
export function ServerToolUseBlock({ block, index }: { block: Block; index: number }) {
  const name = String(block.name ?? "");
  const live = !block.complete;
  const input = (live ? undefined : block.input) as Record<string, unknown> | undefined;
  const json = live ? (block.partialJson ?? "") : JSON.stringify(block.input ?? {}, null, 2);
  const field = (key: string) => (typeof input?.[key] === "string" ? (input[key] as string) : undefined);
  const query = field("query");
  const url = field("url");
  const code = field("code") ?? field("command");
  return (
    <BlockFrame
      index={index}
      tone="muted"
      title={
        LABELS[name] ?? (
          <>
            Server tool <code className="font-mono font-normal text-slate-700 dark:text-slate-300">{name}</code>
          </>
        )
      }
      copyText={() => json}
    >
      {live ? (
        <p className="text-xs text-muted">
          Writing the call… <span className="break-all font-mono">{json}</span>
        </p>
      ) : name === "web_search" && query !== undefined ? (
        <p data-testid="search-query">
          <span className="text-xs text-muted">Query </span>
          <q className="font-medium">{query}</q>
        </p>
      ) : name === "web_fetch" && url !== undefined ? (
        <p data-testid="fetch-url">
          <span className="text-xs text-muted">URL </span>
          <span className="break-all font-mono text-xs">{url}</span>
        </p>
      ) : code !== undefined ? (
        <ScrollBox
          label={`Code of ${blockName(index)}`}
          className="max-h-64 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-900"
        >
          {code}
        </ScrollBox>
      ) : (
        <ScrollBox label={`Input of ${blockName(index)}`} className="overflow-x-auto font-mono text-xs">
          {json}
        </ScrollBox>
      )}
    </BlockFrame>
  );
}
