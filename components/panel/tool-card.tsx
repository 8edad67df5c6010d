"use client";

import { useId, useState } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { ToolSchemaEditor } from "../editor/tool-schema-editor";
import { FieldIssue } from "./field-issue";
import { ToolCardHeader } from "./tool-card-header";
import { useSyncedText } from "./use-synced-text";

type Tool = Record<string, unknown>;
const format = (schema: unknown) => JSON.stringify(schema ?? { type: "object", properties: {} }, null, 2);
const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export function ToolCard({ index, total }: { index: number; total: number }) {
  const raw = usePlaygroundStore((s) => (s.request.tools as unknown[])[index]);
  const tool = (raw && typeof raw === "object" ? raw : {}) as Tool;
  const setPath = usePlaygroundStore((s) => s.setPath);
  const nameId = useId();
  const descriptionId = useId();
  const [schemaText, setSchemaText] = useSyncedText(tool.input_schema, format, parse);
  const [schemaError, setSchemaError] = useState<string | null>(null);
  const n = index + 1;

  const onSchemaText = (text: string) => {
    setSchemaText(text);
    try {
      const value = JSON.parse(text);
      setSchemaError(null);
      setPath(["tools", index, "input_schema"], value);
    } catch (error) {
      // The text stays in the editor; the request keeps the last schema that parsed.
      setSchemaError((error as Error).message);
    }
  };

  return (
    <div className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <ToolCardHeader index={index} total={total} cached={Boolean(tool.cache_control)}>
        <label
          className="mr-1 flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400"
          title="strict: the tool's input always matches its input schema (structured outputs)"
        >
          <input
            type="checkbox"
            checked={tool.strict === true}
            onChange={(e) => setPath(["tools", index, "strict"], e.target.checked ? true : undefined)}
          />
          Strict
        </label>
      </ToolCardHeader>
      <label htmlFor={nameId} className="field-label">
        Tool {n} name
      </label>
      <input
        id={nameId}
        className="field-input font-mono"
        value={String(tool.name ?? "")}
        onChange={(e) => setPath(["tools", index, "name"], e.target.value)}
      />
      <label htmlFor={descriptionId} className="field-label mt-2">
        Tool {n} description
      </label>
      <textarea
        id={descriptionId}
        rows={2}
        className="field-input resize-y"
        value={String(tool.description ?? "")}
        onChange={(e) => setPath(["tools", index, "description"], e.target.value || undefined)}
      />
      <p className="field-label mt-2">Tool {n} input schema</p>
      <ToolSchemaEditor label={`Tool ${n} input schema`} value={schemaText} onChange={onSchemaText} />
      {schemaError && <p className="mt-1 text-xs text-red-700 dark:text-red-400">Invalid JSON: {schemaError}</p>}
      <FieldIssue path={`tools.${index}`} />
    </div>
  );
}
