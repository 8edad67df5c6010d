"use client";

import { type KeyboardEvent, useId, useRef, useState } from "react";
import type { DiffReply } from "@/lib/diff/replies";
import type { RequestBody } from "@/lib/messages/types";
import { Modal } from "../presets/modal";
import { ReplyDiffView } from "./reply-diff-view";
import { RequestDiffView } from "./request-diff-view";

/** One side of a diff: a call, a variant, a test case's result. Give a reply, a request, or both. */
export interface DiffSide {
  /** How the dialog names this side: "Variant 2", "Case 3", "Call of 10:32:05". */
  label: string;
  /** Its reply: its Message, usage and model (the id as requested, which prices it). */
  reply?: DiffReply;
  /** The request it sent: compared field by field, with where the prompt cache breaks. */
  request?: RequestBody;
}

export type DiffView = "replies" | "requests";

export interface DiffDialogProps {
  /** The side compared against: deletions are what only A has. */
  a: DiffSide;
  /** The side compared: insertions are what only B has; figures are B − A. */
  b: DiffSide;
  /** Which comparison shows first when both sides have both (default: replies). */
  initialView?: DiffView;
  onClose: () => void;
}

const VIEWS: { id: DiffView; label: string }[] = [
  { id: "replies", label: "Replies" },
  { id: "requests", label: "Requests" },
];

function Side({ name, side }: { name: "A" | "B"; side: DiffSide }) {
  const model = side.reply?.model ?? side.request?.model;
  return (
    <div className="min-w-0">
      <dt className="inline font-semibold">{name}: </dt>
      <dd className="inline break-words">
        {side.label}
        {model && <span className="font-mono text-xs whitespace-nowrap text-muted"> · {model}</span>}
      </dd>
    </div>
  );
}

/**
 * The `Diff` dialog (its accessible name is a contract): two replies compared (text by words, tool inputs and JSON by
 * field, usage and cost) and/or two requests (by field, with where the prompt-cache prefix breaks). Sides that both
 * have a reply and a request get a tab for each.
 */
export function DiffDialog({ a, b, initialView = "replies", onClose }: DiffDialogProps) {
  const available = VIEWS.filter((v) => (v.id === "replies" ? a.reply && b.reply : a.request && b.request));
  const [view, setView] = useState<DiffView>(
    available.some((v) => v.id === initialView) ? initialView : (available[0]?.id ?? initialView),
  );
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();
  const missing = [a, b].flatMap((side, i) => {
    const name = i === 0 ? "A" : "B";
    if (!side.reply && (a.reply || b.reply)) return [`${name} has no reply (its call ended before one began).`];
    if (!side.request && (a.request || b.request)) return [`${name} has no request to compare.`];
    return [];
  });
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const index = available.findIndex((v) => v.id === view);
    const next = (index + step + available.length) % available.length;
    setView(available[next].id);
    tabs.current[next]?.focus();
  };

  const body =
    view === "replies" && a.reply && b.reply ? (
      <ReplyDiffView a={a.reply} b={b.reply} />
    ) : view === "requests" && a.request && b.request ? (
      <RequestDiffView a={a.request} b={b.request} />
    ) : null;

  return (
    <Modal title="Diff" onClose={onClose} wide>
      <dl className="grid gap-1 text-sm sm:grid-cols-2">
        <Side name="A" side={a} />
        <Side name="B" side={b} />
      </dl>
      {missing.map((text) => (
        <p key={text} className="text-xs text-muted">
          {text}
        </p>
      ))}
      {available.length > 1 && (
        <div role="tablist" aria-label="Compare" className="flex gap-1 border-b border-slate-200 dark:border-slate-700">
          {available.map((v, i) => (
            <button
              key={v.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-${v.id}`}
              aria-selected={view === v.id}
              aria-controls={`${id}-panel`}
              tabIndex={view === v.id ? 0 : -1}
              onClick={() => setView(v.id)}
              onKeyDown={onKeyDown}
              className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm font-medium text-muted hover:text-slate-900 aria-selected:border-indigo-600 aria-selected:text-slate-900 dark:hover:text-slate-100 dark:aria-selected:border-indigo-400 dark:aria-selected:text-slate-100"
            >
              {v.label}
            </button>
          ))}
        </div>
      )}
      {available.length > 1 ? (
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${view}`}>
          {body}
        </div>
      ) : (
        (body ?? <p className="text-sm text-muted">Nothing to compare: A and B need both a reply or both a request.</p>)
      )}
    </Modal>
  );
}
