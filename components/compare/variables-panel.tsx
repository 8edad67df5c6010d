"use client";

import { useId } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { selectVariableNames } from "@/lib/store/variable-names";

/** The {{variables}} of every variant, each with its value: what Run, Get code and the JSON's "As sent" put in place
 * of the braces (a test case's own value wins). Shown only while there are some. */
export function VariablesPanel() {
  const names = usePlaygroundStore(selectVariableNames);
  const values = usePlaygroundStore((s) => s.variableValues);
  const hasCases = usePlaygroundStore((s) => s.testCases.length > 0);
  if (names.length === 0) return null;
  return (
    <section aria-label="Variables" className="panel">
      <h2 className="panel-title">Variables</h2>
      <div className="grid gap-2 p-3 sm:grid-cols-2">
        {names.map((name) => (
          <VariableField key={name} name={name} value={values[name] ?? ""} />
        ))}
      </div>
      <p className="px-3 pb-3 text-xs text-muted">
        {hasCases ? "Used where a test case leaves a value empty. " : "Run sends each value in place of its braces. "}
        To send braces as written, put a backslash before them:{" "}
        <code className="whitespace-nowrap">{"\\{{name}}"}</code>.
      </p>
    </section>
  );
}

function VariableField({ name, value }: { name: string; value: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="field-label font-mono">
        {name}
      </label>
      <textarea
        id={id}
        rows={1}
        data-variable={name}
        className="field-input field-sizing-content max-h-40 resize-y"
        placeholder="Value"
        value={value}
        onChange={(e) => usePlaygroundStore.getState().setVariableValue(name, e.target.value)}
      />
    </div>
  );
}
