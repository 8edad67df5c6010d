"use client";

import { useEffect, useId, useState } from "react";

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  min?: number;
  max?: number;
  step?: number;
  /** Off where validation already explains a bound (max_tokens), so one message is shown, not two. */
  rangeMessage?: boolean;
  /** `undefined` when the field is cleared: the parameter is then left out of the request. */
  onChange: (value: number | undefined) => void;
  /** Label and field on one line, small (a toolbar's). */
  inline?: boolean;
  title?: string;
}

/** A number input that keeps what the user typed while it is not yet a number ("0.", "-"). */
export function NumberField({
  label,
  value: given,
  min,
  max,
  step,
  rangeMessage = true,
  onChange,
  inline,
  title,
}: NumberFieldProps) {
  const id = useId();
  // The JSON may hold anything ("lots"): a number input given text it cannot parse warns in the console and shows
  // nothing anyway. It shows empty, and validation says under the field what is wrong.
  const value = typeof given === "number" && Number.isFinite(given) ? given : undefined;
  const [text, setText] = useState(value === undefined ? "" : String(value));
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an outside change (the JSON editor) rewrites the text.
  useEffect(() => {
    if (Number(text) !== value || text === "") setText(value === undefined ? "" : String(value));
  }, [value]);
  const number = text === "" ? undefined : Number(text);
  const outOfRange =
    number !== undefined && ((min !== undefined && number < min) || (max !== undefined && number > max));
  return (
    <div className={inline ? "flex items-center gap-1.5" : undefined} title={title}>
      <label htmlFor={id} className={inline ? "text-xs font-medium text-slate-600 dark:text-slate-400" : "field-label"}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        className={inline ? "field-input-sm w-16" : "field-input"}
        value={text}
        min={min}
        max={max}
        step={step}
        placeholder="default"
        aria-invalid={outOfRange || undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value === "") onChange(undefined);
          else if (Number.isFinite(e.target.valueAsNumber)) onChange(e.target.valueAsNumber);
        }}
      />
      {outOfRange && rangeMessage && (
        <p className="mt-1 text-xs text-red-700 dark:text-red-400">
          Must be between {min} and {max?.toLocaleString()}.
        </p>
      )}
    </div>
  );
}
