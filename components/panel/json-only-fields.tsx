"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";

/** Top-level fields the panel has controls for; anything else is edited in the JSON, and sent as it is. */
const PANEL_FIELDS = new Set([
  "model",
  "max_tokens",
  "temperature",
  "top_p",
  "top_k",
  "thinking",
  "output_config",
  "system",
  "messages",
  "tools",
  "tool_choice",
  "stop_sequences",
  "stream",
  "metadata",
  "cache_control",
]);

/** Says which fields of the request only the JSON editor shows (newer API fields among them): they are kept and sent. */
export function JsonOnlyFields() {
  const request = usePlaygroundStore((s) => s.request);
  const others = Object.keys(request).filter((key) => !PANEL_FIELDS.has(key));
  if (others.length === 0) return null;
  return (
    <p className="text-xs text-muted" data-testid="json-only-fields">
      Edited in JSON, and sent as written:{" "}
      {others.map((key, i) => (
        <span key={key}>
          {i > 0 ? ", " : ""}
          <code className="font-mono">{key}</code>
        </span>
      ))}
      .
    </p>
  );
}
