"use client";

import { useId } from "react";
import type { ServerToolSpec } from "@/lib/messages/server-tools";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";
import { ServerToolOptionField } from "./server-tool-option";
import { ToolCardHeader } from "./tool-card-header";

type Tool = Record<string, unknown>;

/** Fields every tool entry may carry that the card shows elsewhere or that need no control. */
const SHOWN = new Set(["type", "name", "cache_control"]);

/** A server tool the panel knows: its version (newest first) and its options. Fields the card has no control for are
 * kept as they are and named, so that nothing set in the JSON is lost or hidden. */
export function ServerToolCard({ index, total, spec }: { index: number; total: number; spec: ServerToolSpec }) {
  const raw = usePlaygroundStore((s) => (s.request.tools as unknown[])[index]);
  const tool = (raw && typeof raw === "object" ? raw : {}) as Tool;
  const setPath = usePlaygroundStore((s) => s.setPath);
  const versionId = useId();
  const n = index + 1;
  const type = String(tool.type);
  const others = Object.keys(tool).filter((key) => !SHOWN.has(key) && !spec.options.some((o) => o.key === key));
  return (
    <div className="rounded-md border border-slate-200 p-2 dark:border-slate-700" data-testid="server-tool-card">
      <ToolCardHeader index={index} total={total} cached={Boolean(tool.cache_control)} />
      <p className="text-sm font-medium">{spec.label}</p>
      <p className="mb-2 text-xs text-muted">{spec.summary}</p>
      <div className="space-y-2">
        <div>
          <label htmlFor={versionId} className="field-label">
            Tool {n} version
          </label>
          <select
            id={versionId}
            className="field-input font-mono text-xs"
            value={type}
            onChange={(e) => setPath(["tools", index, "type"], e.target.value)}
          >
            {spec.versions.map((version, i) => (
              <option key={version} value={version}>
                {version}
                {i === 0 ? " (newest)" : ""}
              </option>
            ))}
          </select>
        </div>
        {/* Numbers side by side, domain lists side by side, then the rest. */}
        {(["integer", "domains", "location", "citations"] as const).map((kind) => {
          const options = spec.options.filter((o) => o.kind === kind);
          if (options.length === 0) return null;
          return (
            <div key={kind} className={options.length > 1 ? "grid grid-cols-2 gap-2" : undefined}>
              {options.map((option) => (
                <ServerToolOptionField key={option.key} index={index} option={option} value={tool[option.key]} />
              ))}
            </div>
          );
        })}
        {spec.options.length === 0 && <p className="text-xs text-muted">This tool has no options.</p>}
        {others.length > 0 && (
          <p className="text-xs text-muted">
            Also set, in the Request JSON: <span className="font-mono">{others.join(", ")}</span> (sent as written).
          </p>
        )}
      </div>
      <FieldIssue path={`tools.${index}`} />
    </div>
  );
}
