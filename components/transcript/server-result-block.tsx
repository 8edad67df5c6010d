"use client";

import { ScrollBox } from "@/components/ui/scroll-box";
import { plural } from "@/lib/format/number";
import type { LiveBlock } from "@/lib/stream/accumulate";
import { BlockFrame, blockName } from "./block-frame";

type Json = Record<string, unknown>;
type ResultBlock = LiveBlock & { type: string; content?: unknown };

const object = (value: unknown): Json => (value && typeof value === "object" ? (value as Json) : {});
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The result types this view knows; any other block shows as its JSON. */
export const SERVER_RESULT_TYPES = new Set([
  "web_search_tool_result",
  "web_fetch_tool_result",
  "code_execution_tool_result",
  "bash_code_execution_tool_result",
]);

/** A server tool's result: a search's results, a fetched page, code's output. Titles and URLs are text, never links,
 * and nothing here is fetched. An error result says its code. */
export function ServerResultBlock({ block, index }: { block: ResultBlock; index: number }) {
  const content = object(block.content);
  const json = () => JSON.stringify(block, null, 2);
  const error = typeof content.error_code === "string" ? content.error_code : undefined;
  const title =
    block.type === "web_search_tool_result"
      ? Array.isArray(block.content)
        ? `Search results · ${plural(block.content.length, "result")}`
        : "Search results"
      : block.type === "web_fetch_tool_result"
        ? "Fetched page"
        : `Code output${typeof content.return_code === "number" ? ` · exit code ${content.return_code}` : ""}`;
  return (
    <BlockFrame index={index} tone="muted" title={title} copyText={json}>
      {error ? (
        <p className="text-xs text-red-700 dark:text-red-400" data-testid="server-tool-error">
          The tool failed: <code className="font-mono">{error}</code>
        </p>
      ) : block.type === "web_search_tool_result" ? (
        <SearchResults results={Array.isArray(block.content) ? (block.content as unknown as Json[]) : []} />
      ) : block.type === "web_fetch_tool_result" ? (
        <FetchedPage result={content} index={index} />
      ) : (
        <CodeOutput result={content} index={index} />
      )}
    </BlockFrame>
  );
}

function SearchResults({ results }: { results: Json[] }) {
  if (results.length === 0) return <p className="text-xs text-muted">No results.</p>;
  return (
    <ol aria-label="Search results" className="space-y-1.5">
      {results.map((result, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the results of one finished block, in their order
        <li key={i} data-testid="search-result">
          <span className="block font-medium">{text(result.title) || "Untitled"}</span>
          <span className="block break-all font-mono text-xs text-slate-600 dark:text-slate-400">
            {text(result.url)}
          </span>
          {text(result.page_age) && <span className="block text-xs text-muted">{text(result.page_age)}</span>}
        </li>
      ))}
    </ol>
  );
}

const EXCERPT_CHARS = 600;

function FetchedPage({ result, index }: { result: Json; index: number }) {
  const document = object(result.content);
  const source = object(document.source);
  const data = text(source.data);
  const excerpt = data.length > EXCERPT_CHARS ? `${data.slice(0, EXCERPT_CHARS).trimEnd()}…` : data;
  return (
    <div className="space-y-1">
      <p data-testid="fetched-url">
        <span className="text-xs text-muted">URL </span>
        <span className="break-all font-mono text-xs">{text(result.url)}</span>
      </p>
      {text(document.title) && <p className="font-medium">{text(document.title)}</p>}
      {source.type === "text" ? (
        <ScrollBox
          label={`Excerpt of ${blockName(index)}`}
          className="max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-sans text-xs dark:bg-slate-950"
        >
          {excerpt}
        </ScrollBox>
      ) : (
        <p className="text-xs text-muted">A {text(source.media_type) || "binary"} document (not shown).</p>
      )}
      {data.length > EXCERPT_CHARS && (
        <p className="text-xs text-muted">
          The first {EXCERPT_CHARS} of {data.length} characters; Copy takes the whole block.
        </p>
      )}
    </div>
  );
}

function CodeOutput({ result, index }: { result: Json; index: number }) {
  const stdout = typeof result.stdout === "string" ? result.stdout : undefined;
  const stderr = text(result.stderr);
  const box =
    "max-h-64 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-mono text-xs dark:bg-slate-950";
  return (
    <div className="space-y-1">
      <p className="text-xs text-muted">stdout</p>
      {stdout === undefined ? (
        <p className="text-xs text-muted">Encrypted by the API (sent back unchanged).</p>
      ) : stdout ? (
        <ScrollBox label={`Output of ${blockName(index)}`} className={box}>
          {stdout}
        </ScrollBox>
      ) : (
        <p className="text-xs text-muted">(empty)</p>
      )}
      {stderr && (
        <>
          <p className="text-xs text-red-700 dark:text-red-400">stderr</p>
          <ScrollBox label={`Errors of ${blockName(index)}`} className={`${box} text-red-800 dark:text-red-300`}>
            {stderr}
          </ScrollBox>
        </>
      )}
      <p className="text-xs text-muted" data-testid="return-code">
        Return code <span className="font-mono">{String(result.return_code ?? "?")}</span>
      </p>
    </div>
  );
}
