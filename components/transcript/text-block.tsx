"use client";

import { useState, type ReactNode } from "react";
import { plural } from "@/lib/format/number";
import { joinCitedBlocks } from "@/lib/markdown/cited-text";
import type { LiveBlock } from "@/lib/stream/accumulate";
import { BlockFrame, blockName } from "./block-frame";
import { CitationList, useCitationMarks } from "./citation-list";
import MarkdownSegments from "./markdown-view";
import { useSegments } from "./use-segments";

type LiveText = Extract<LiveBlock, { type: "text" }>;

export function TextBlock({ block, index }: { block: LiveText; index: number }) {
  const text = block.text ?? "";
  return <TextFrame index={index} title="Text" text={text} markdown={text} final={block.complete === true} />;
}

/** A run of text blocks that holds cited claims, shown as the one text it reads as, each claim marked with its
 * citations' numbers and the citations listed once below (lib/markdown/cited-text.ts). `ended`: the reply is over. */
export function CitedText({ blocks, index, ended }: { blocks: LiveText[]; index: number; ended: boolean }) {
  const { source, citations } = joinCitedBlocks(blocks, ended);
  const text = blocks.map((block) => block.text ?? "").join("");
  const title = (
    <>
      Text{" "}
      <span className="font-normal">
        · {plural(blocks.length, "block")}, {plural(citations.length, "citation")}
      </span>
    </>
  );
  const final = ended || blocks.every((block) => block.complete === true);
  return (
    <TextFrame
      index={index}
      last={index + blocks.length - 1}
      title={title}
      text={text}
      markdown={source}
      final={final}
      citations={citations}
    />
  );
}

/** Text in its frame: as Markdown, or raw (as the API sent it) at the reader's choice; copied as sent. */
export function TextFrame({
  index,
  last = index,
  title,
  text,
  markdown,
  final,
  citations,
  footer,
  plain = false,
}: {
  index: number;
  last?: number;
  title: ReactNode;
  text: string;
  markdown: string;
  final: boolean;
  citations?: unknown[];
  /** A line under the text (a structured reply's match with its schema). */
  footer?: ReactNode;
  /** Shown as plain text, as Raw shows it (a structured reply while it streams: no Markdown work per frame). */
  plain?: boolean;
}) {
  const [raw, setRaw] = useState(false);
  const segments = useSegments(markdown);
  const { list, ...marks } = useCitationMarks();
  return (
    <BlockFrame
      index={index}
      last={last}
      title={title}
      copyText={() => text}
      tools={
        <button
          type="button"
          aria-pressed={raw}
          onClick={() => setRaw(!raw)}
          className="btn-small"
          aria-label={`Raw view of ${blockName(index, last)}`}
        >
          Raw
        </button>
      }
    >
      <div
        data-testid="text-block"
        data-raw={raw ? "true" : undefined}
        className="break-words"
        {...(citations?.length ? marks : {})}
      >
        {raw || plain ? (
          <pre className="whitespace-pre-wrap break-words font-mono text-xs">{text}</pre>
        ) : (
          <MarkdownSegments segments={segments} final={final} />
        )}
      </div>
      {citations && citations.length > 0 && <CitationList citations={citations} ref={list} />}
      {footer}
    </BlockFrame>
  );
}
