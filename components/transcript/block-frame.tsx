"use client";

import type { ReactNode } from "react";
import { CopyButton } from "./copy-button";

/** The frame around every block: its kind, its own tools, and Copy. */
export function BlockFrame({ index, title, copyText, tools, children, tone = "plain" }: {
  index: number;
  title: ReactNode;
  /** Absent when the block has nothing to copy. */
  copyText?: () => string;
  tools?: ReactNode;
  children: ReactNode;
  tone?: "plain" | "muted";
}) {
  return (
    <article
      aria-label={`Block ${index + 1}`}
      className={`group rounded-md border p-2 ${tone === "muted" ? "border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-800/40" : "border-transparent"}`}
    >
      <header className="mb-1 flex items-center gap-2 text-xs text-muted">
        <span className="font-medium">{title}</span>
        <span className="ml-auto flex gap-1">
          {tools}
          {copyText && <CopyButton label={`Copy block ${index + 1}`} text={copyText} />}
        </span>
      </header>
      {children}
    </article>
  );
}
