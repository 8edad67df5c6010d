"use client";

import { useId, useState } from "react";
import { runTemplate } from "@/lib/run/runs";
import { appendToolResults, toolResultProblem, type ToolResultInput } from "@/lib/store/conversation-actions";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunState } from "@/lib/store/run-slice";
import { applyRequest, selectVariantOf, sentWithVariables } from "./apply-request";

type ToolCall = { id: string; name: string };

/** Answers the reply's tool calls: one result per tool_use_id, then runs the next turn of the loop. */
export function ToolResultForm({ run, calls }: { run: RunState; calls: ToolCall[] }) {
  const [results, setResults] = useState<ToolResultInput[]>(() =>
    calls.map((c) => ({ toolUseId: c.id, format: "json", content: "", isError: false })),
  );
  const [tried, setTried] = useState(false);
  const problems = results.map(toolResultProblem);
  const update = (index: number, patch: Partial<ToolResultInput>) =>
    setResults(results.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const submit = () => {
    setTried(true);
    if (problems.some(Boolean)) return;
    selectVariantOf(run);
    const next = appendToolResults(usePlaygroundStore.getState().request, sentWithVariables(run), results);
    applyRequest(next);
    void runTemplate(next, usePlaygroundStore.getState().betas, run.variantId);
  };
  return (
    <form
      aria-label="Tool results"
      className="space-y-3 rounded-md border border-indigo-200 bg-indigo-50/50 p-2 dark:border-indigo-900 dark:bg-indigo-950/30"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="text-xs font-medium">
        The model asked for {calls.length === 1 ? "a tool" : `${calls.length} tools`}: give the results and run the next
        turn.
      </p>
      {calls.map((call, index) => (
        <ToolResultField
          key={call.id}
          call={call}
          value={results[index]}
          problem={tried ? problems[index] : null}
          onChange={(patch) => update(index, patch)}
        />
      ))}
      <button type="submit" className="tx-primary">
        Send tool results
      </button>
    </form>
  );
}

function ToolResultField({
  call,
  value,
  problem,
  onChange,
}: {
  call: ToolCall;
  value: ToolResultInput;
  problem: string | null;
  onChange: (patch: Partial<ToolResultInput>) => void;
}) {
  const id = useId();
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs">
        Result of <code className="font-mono">{call.name}</code>
      </legend>
      <label className="flex items-center gap-1 text-xs">
        <span className="text-muted">tool_use_id</span>
        <input
          readOnly
          value={value.toolUseId}
          aria-label={`tool_use_id of ${call.name}`}
          className="field-input !w-auto flex-1 !py-0.5 font-mono !text-xs"
        />
      </label>
      <label htmlFor={id} className="sr-only">{`Result for ${call.id}`}</label>
      <textarea
        id={id}
        rows={3}
        value={value.content}
        onChange={(e) => onChange({ content: e.target.value })}
        placeholder={value.format === "json" ? '{"temperature": 21}' : "The tool's output"}
        aria-invalid={problem ? true : undefined}
        className="field-input resize-y font-mono !text-xs"
      />
      {problem && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
      <div className="flex items-center gap-3 text-xs">
        <label className="flex items-center gap-1">
          Format
          <select
            value={value.format}
            onChange={(e) => onChange({ format: e.target.value as "json" | "text" })}
            className="field-input !w-auto !py-0.5 !text-xs"
            aria-label={`Format of the result for ${call.id}`}
          >
            <option value="json">JSON</option>
            <option value="text">Text</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={value.isError}
            onChange={(e) => onChange({ isError: e.target.checked })}
            aria-label={`Mark the result for ${call.id} as an error`}
          />
          is_error
        </label>
      </div>
    </fieldset>
  );
}
