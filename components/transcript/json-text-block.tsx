"use client";

import { useEffect, useMemo, useState } from "react";
import type { LiveBlock } from "@/lib/stream/accumulate";
import { matchSchema, type SchemaMatch } from "./schema-match";
import { TextFrame } from "./text-block";

type LiveText = Extract<LiveBlock, { type: "text" }>;

/** Pretty-printed when the text is JSON; else as it came (a reply cut short). */
function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** A fenced code block, its fence longer than any run of backticks inside (a string value may hold some). */
function fenced(code: string, language: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}

/**
 * The text of a reply asked for with `output_config.format`: JSON, shown pretty-printed and highlighted as code once
 * it is complete (as it streams, as it arrives: plain text), with a line that says whether it matches the run's own
 * schema.
 * Raw and Copy keep the text as the API sent it.
 */
export function JsonTextBlock({
  block,
  index,
  schema,
  ended,
}: {
  block: LiveText;
  index: number;
  /** The schema of the request that produced this reply (the run's, not the editor's). */
  schema: unknown;
  /** The reply is over: a block that never got its stop is judged as it stands. */
  ended: boolean;
}) {
  const text = block.text ?? "";
  const final = block.complete === true || ended;
  // As it streams, the text shows as it arrives, without Markdown work per frame; complete, pretty and highlighted.
  const markdown = useMemo(() => (final ? fenced(pretty(text), "json") : ""), [final, text]);
  const title = (
    <>
      JSON <span className="font-normal">· response format</span>
    </>
  );
  return (
    <TextFrame
      index={index}
      title={title}
      text={text}
      markdown={markdown}
      final={final}
      plain={!final}
      footer={final ? <MatchLine text={text} schema={schema} /> : undefined}
    />
  );
}

function MatchLine({ text, schema }: { text: string; schema: unknown }) {
  const [match, setMatch] = useState<{ text: string; schema: unknown; result: SchemaMatch } | null>(null);
  useEffect(() => {
    let live = true;
    void matchSchema(text, schema).then((result) => live && setMatch({ text, schema, result }));
    return () => {
      live = false;
    };
  }, [text, schema]);
  const result = match?.text === text && match.schema === schema ? match.result : undefined;
  if (!result)
    return (
      <p className="mt-1 text-xs text-muted" data-testid="schema-match">
        Checking against the response format…
      </p>
    );
  return result.matches ? (
    <p className="mt-1 text-xs text-emerald-700 dark:text-emerald-400" data-testid="schema-match" data-matches="true">
      ✓ Matches the response format
    </p>
  ) : (
    <p className="mt-1 text-xs text-amber-800 dark:text-amber-300" data-testid="schema-match" data-matches="false">
      ✗ Does not match: <Code text={result.problem ?? ""} />
    </p>
  );
}

/** The problem's `quoted` parts (paths, names) as code. */
function Code({ text }: { text: string }) {
  return (
    <>
      {text.split(/(`[^`]*`)/).map((part, i) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence
          <code key={i} className="font-mono">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
