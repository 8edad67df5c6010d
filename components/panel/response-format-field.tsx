"use client";

import { useId, useRef, useState } from "react";
import { isJsonObject } from "@/lib/messages/json-object";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { ToolSchemaEditor } from "../editor/tool-schema-editor";
import { FieldIssue } from "./field-issue";
import { useSyncedText } from "./use-synced-text";

/** What turning the response format on offers: small, and inside the structured-outputs subset. */
export const STARTER_SCHEMA = {
  type: "object",
  properties: {
    answer: { type: "string", description: "The answer, in one or two sentences." },
    confidence: { type: "string", enum: ["low", "medium", "high"] },
  },
  required: ["answer", "confidence"],
  additionalProperties: false,
};

const FORMAT_PATH = ["output_config", "format"] as const;
const format = (schema: unknown) => JSON.stringify(schema ?? {}, null, 2);
const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Structured outputs (`output_config.format`): off by default; on, the reply is JSON valid against the schema. */
export function ResponseFormatField() {
  const current = usePlaygroundStore((s) => (s.request.output_config as { format?: unknown } | undefined)?.format);
  const setPath = usePlaygroundStore((s) => s.setPath);
  const hintId = useId();
  const on = current !== undefined && current !== null;
  const schema = isJsonObject(current) ? current.schema : undefined;
  const [text, setText] = useSyncedText(schema, format, parse);
  const [error, setError] = useState<string | null>(null);
  // Turning the format off and on again brings back the schema it had, not the starter.
  const lastSchema = useRef<unknown>(undefined);

  const toggle = (next: boolean) => {
    setError(null);
    if (next) setPath([...FORMAT_PATH], { type: "json_schema", schema: lastSchema.current ?? STARTER_SCHEMA });
    else {
      lastSchema.current = schema;
      setPath([...FORMAT_PATH], undefined);
    }
  };
  const onText = (value: string) => {
    setText(value);
    try {
      const parsed = JSON.parse(value);
      setError(null);
      setPath([...FORMAT_PATH, "schema"], parsed);
    } catch (e) {
      // The text stays in the editor; the request keeps the last schema that parsed.
      setError((e as Error).message);
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-center gap-1.5 text-sm">
        <input type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)} aria-describedby={hintId} />
        Response format
      </label>
      <p id={hintId} className="text-xs text-muted">
        {on
          ? "The reply is JSON valid against this schema (output_config.format, structured outputs)."
          : "Off: the reply is free text. On, it is JSON valid against a schema you give (structured outputs)."}
      </p>
      {on && (
        <>
          <ToolSchemaEditor label="Response format schema" kind="response-format" value={text} onChange={onText} />
          {error && <p className="text-xs text-red-700 dark:text-red-400">Invalid JSON: {error}</p>}
        </>
      )}
      <FieldIssue path="output_config" exact />
      <FieldIssue path="output_config.format" />
    </div>
  );
}
