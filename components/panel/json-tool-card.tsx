"use client";

import { ScrollBox } from "@/components/ui/scroll-box";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";
import { ToolCardHeader } from "./tool-card-header";

/** A tool whose type the panel has no card for (bash, a computer toolset, one newer than this page): shown as its JSON
 * and sent exactly as written; it is edited in the Request JSON. */
export function JsonToolCard({ index, total }: { index: number; total: number }) {
  const raw = usePlaygroundStore((s) => (s.request.tools as unknown[])[index]);
  const tool = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const n = index + 1;
  return (
    <div className="rounded-md border border-slate-200 p-2 dark:border-slate-700" data-testid="json-tool-card">
      <ToolCardHeader index={index} total={total} cached={Boolean(tool.cache_control)} />
      <p className="text-sm font-medium">
        <code className="font-mono text-xs">{String(tool.type ?? "tool")}</code>: edited in JSON
      </p>
      <p className="mb-1 text-xs text-muted">
        The panel has no controls for this tool type: it is sent as written. Edit it in the Request JSON.
      </p>
      <ScrollBox
        label={`Tool ${n} JSON`}
        className="max-h-48 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-950"
      >
        {JSON.stringify(tool, null, 2)}
      </ScrollBox>
      <FieldIssue path={`tools.${index}`} />
    </div>
  );
}
