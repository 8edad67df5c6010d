"use client";

import type { ReactNode } from "react";
import { CopyButton } from "./copy-button";

/** "block 2", or "blocks 1–5" for a run shown together (a cited answer's: CitedText in text-block.tsx). */
export const blockName = (index: number, last = index) =>
  last > index ? `blocks ${index + 1}–${last + 1}` : `block ${index + 1}`;

/** The frame around every block (or run of blocks shown as one): its kind, its own tools, and Copy. */
export function BlockFrame({
  index,
  last = index,
  title,
  copyText,
  tools,
  children,
  tone = "plain",
}: {
  index: number;
  /** The last block's index, for a run of blocks shown as one. */
  last?: number;
  title: ReactNode;
  /** Absent when the block has nothing to copy. */
  copyText?: () => string;
  tools?: ReactNode;
  children: ReactNode;
  tone?: "plain" | "muted";
}) {
  return (
    <article
      aria-label={capitalized(blockName(index, last))}
      className={`group rounded-md border p-2 ${tone === "muted" ? "border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-800/40" : "border-transparent"}`}
    >
      <header className="mb-1 flex items-center gap-2 text-xs text-muted">
        <span className="font-medium">{title}</span>
        <span className="ml-auto flex gap-1">
          {tools}
          {copyText && <CopyButton label={`Copy ${blockName(index, last)}`} text={copyText} />}
        </span>
      </header>
      {children}
    </article>
  );
}

const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);
