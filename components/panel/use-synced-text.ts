"use client";

import { useEffect, useState } from "react";

/**
 * Local text for a field whose store value is derived from it (lines, JSON): the user's text is kept
 * while it means the same value, and rewritten only when the value changes from outside (the JSON editor).
 */
export function useSyncedText<T>(value: T, format: (value: T) => string, parse: (text: string) => T) {
  const [text, setText] = useState(() => format(value));
  // biome-ignore lint/correctness/useExhaustiveDependencies: format and parse are pure and stable in meaning; only an outside change of value matters here.
  useEffect(() => {
    setText((current) => (JSON.stringify(parse(current)) === JSON.stringify(value) ? current : format(value)));
  }, [value]);
  return [text, setText] as const;
}
