"use client";

import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { loadAfterUsable } from "@/lib/scheduling/after-usable";
import { isCustomTool, newServerTool, serverToolOf } from "@/lib/messages/server-tools";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { AddToolMenu, type AddedTool } from "./add-tool-menu";
import { FieldIssue } from "./field-issue";
import { JsonToolCard } from "./json-tool-card";
import { ToolCard } from "./tool-card";
import { TOOL_EXAMPLES } from "./tool-examples";

// A server tool's card (its options) is drawn only when the request has one: it loads after Run is usable.
const ServerToolCard = dynamic(
  loadAfterUsable(() => import("./server-tool-card").then((m) => m.ServerToolCard)),
  { ssr: false },
);

type Tool = Record<string, unknown>;

export function ToolsEditor() {
  const raw = usePlaygroundStore((s) => s.request.tools);
  const tools = (Array.isArray(raw) ? raw : []) as Tool[];
  const setField = usePlaygroundStore((s) => s.setField);
  const [importing, setImporting] = useState(false);
  const [importText, setImportText] = useState("");
  const [importError, setImportError] = useState<string | null>(null);
  const importId = useId();

  const add = (...added: Tool[]) => setField("tools", [...tools, ...added]);
  const addTool = (kind: AddedTool) => {
    if (kind !== "custom") return add(newServerTool(kind));
    let n = tools.length + 1;
    while (tools.some((t) => t.name === `tool_${n}`)) n++;
    add({ name: `tool_${n}`, description: "", input_schema: { type: "object", properties: {} } });
  };
  const names = new Set(tools.map((t) => t?.name).filter((name): name is string => typeof name === "string"));
  // The tool schema loads when a tool is imported, not with the page.
  const runImport = async () => {
    const { parseToolImport } = await import("./tool-import");
    const result = parseToolImport(importText);
    if ("error" in result) return setImportError(result.error);
    add(...result.tools);
    setImportText("");
    setImportError(null);
    setImporting(false);
  };

  return (
    <section aria-label="Tools" className="flex flex-col gap-2">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">Tools</h3>
      {tools.map((tool, index) => {
        const spec = serverToolOf(tool?.type);
        // A card is a position in the tools list; it reads its tool from the store by index. Its kind is in the key, so
        // that a tool changed into another kind in the JSON gets a fresh card.
        const key = `${index}:${spec?.kind ?? (isCustomTool(tool) ? "custom" : "json")}`;
        if (spec) return <ServerToolCard key={key} index={index} total={tools.length} spec={spec} />;
        if (isCustomTool(tool)) return <ToolCard key={key} index={index} total={tools.length} />;
        return <JsonToolCard key={key} index={index} total={tools.length} />;
      })}
      <FieldIssue path="tools" exact />
      <div className="flex flex-wrap items-center gap-2">
        <AddToolMenu present={names} onAdd={addTool} />
        <select
          aria-label="Add an example tool"
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs dark:border-slate-700 dark:bg-slate-900"
          value=""
          onChange={(e) => e.target.value && add(structuredClone(TOOL_EXAMPLES[e.target.value]))}
        >
          <option value="">Add an example…</option>
          {Object.keys(TOOL_EXAMPLES).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button type="button" className="btn-link" aria-expanded={importing} onClick={() => setImporting(!importing)}>
          Import tool JSON
        </button>
      </div>
      {importing && (
        <div className="flex flex-col gap-1">
          <label htmlFor={importId} className="field-label">
            Tool JSON to import
          </label>
          <textarea
            id={importId}
            rows={4}
            className="field-input resize-y font-mono text-xs"
            placeholder='{"name": "…", "description": "…", "input_schema": {"type": "object", …}}'
            value={importText}
            onChange={(e) => setImportText(e.target.value)}
          />
          {importError && (
            <p role="alert" className="text-xs text-red-700 dark:text-red-400">
              {importError}
            </p>
          )}
          <button type="button" className="btn-secondary self-start" onClick={runImport}>
            Import
          </button>
        </div>
      )}
    </section>
  );
}
