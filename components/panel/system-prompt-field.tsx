"use client";

import { useId } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";

type TextBlock = { type: string; text?: string; cache_control?: unknown };

/** System prompt: a string, or text blocks when a cache breakpoint is set. Extra blocks stay as typed. */
export function SystemPromptField() {
  const system = usePlaygroundStore((s) => s.request.system) as string | TextBlock[] | undefined;
  const setField = usePlaygroundStore((s) => s.setField);
  const id = useId();
  const blocks: TextBlock[] =
    typeof system === "string" ? [{ type: "text", text: system }] : Array.isArray(system) ? system : [];
  const first = blocks[0];
  const text = first?.text ?? "";
  const cached = Boolean(first?.cache_control);

  const write = (nextText: string, nextCache: boolean) => {
    const rest = blocks.slice(1);
    if (!nextCache && rest.length === 0) return setField("system", nextText === "" ? undefined : nextText);
    const head: TextBlock = { ...(first ?? { type: "text" }), text: nextText };
    if (nextCache) head.cache_control = first?.cache_control ?? { type: "ephemeral" };
    else delete head.cache_control;
    setField("system", [head, ...rest]);
  };

  return (
    <div>
      <div className="flex items-baseline justify-between">
        <label htmlFor={id} className="field-label">
          System prompt
        </label>
        <label className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
          <input type="checkbox" checked={cached} onChange={(e) => write(text, e.target.checked)} />
          Cache breakpoint
        </label>
      </div>
      <textarea
        id={id}
        rows={3}
        className="field-input resize-y"
        placeholder="Optional instructions for the model"
        value={text}
        onChange={(e) => write(e.target.value, cached)}
      />
      {blocks.length > 1 && (
        <p className="mt-1 text-xs text-muted">{blocks.length - 1} more system block(s): edit them in the JSON.</p>
      )}
      <FieldIssue path="system" />
    </div>
  );
}
