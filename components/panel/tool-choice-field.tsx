"use client";

import { useId } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";

type Choice = { type?: string; name?: string; disable_parallel_tool_use?: boolean };

export function ToolChoiceField() {
  const choice = usePlaygroundStore((s) => s.request.tool_choice) as Choice | undefined;
  const tools = usePlaygroundStore((s) => s.request.tools) as { name?: string }[] | undefined;
  const setField = usePlaygroundStore((s) => s.setField);
  const id = useId();
  const value = !choice ? "" : choice.type === "tool" ? `tool:${choice.name ?? ""}` : (choice.type ?? "");
  const names = (Array.isArray(tools) ? tools : []).map((t) => t.name).filter((n): n is string => Boolean(n));
  if (choice?.type === "tool" && choice.name !== undefined && !names.includes(choice.name)) names.push(choice.name);

  const choose = (next: string) => {
    if (next === "") return setField("tool_choice", undefined);
    // Keep whatever else was typed in tool_choice (new fields), change only its type and name.
    const { name: _name, ...rest } = choice ?? {};
    void _name;
    const base: Choice = { ...rest, type: next.startsWith("tool:") ? "tool" : next };
    if (next.startsWith("tool:")) base.name = next.slice(5);
    if (base.type === "none") delete base.disable_parallel_tool_use;
    setField("tool_choice", base);
  };

  const parallelAllowed = choice && choice.type !== "none";
  return (
    <div>
      <label htmlFor={id} className="field-label">
        Tool choice
      </label>
      <select id={id} className="field-input" value={value} onChange={(e) => choose(e.target.value)}>
        <option value="">Default (not sent)</option>
        <option value="auto">auto: the model decides</option>
        <option value="any">any: must use a tool</option>
        {names.map((name) => (
          <option key={name} value={`tool:${name}`}>
            tool: {name}
          </option>
        ))}
        <option value="none">none: no tools</option>
      </select>
      {parallelAllowed && (
        <label className="mt-1 flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
          <input
            type="checkbox"
            checked={Boolean(choice.disable_parallel_tool_use)}
            onChange={(e) =>
              setField("tool_choice", { ...choice, disable_parallel_tool_use: e.target.checked || undefined })
            }
          />
          Disable parallel tool use
        </label>
      )}
      <FieldIssue path="tool_choice" />
    </div>
  );
}
