"use client";

import dynamic from "next/dynamic";
import type { ToolSchemaEditorProps } from "./tool-schema-monaco";

export type { ToolSchemaEditorProps };

// Monaco loads after the page is usable; until then the schema is editable as plain text.
const Monaco = dynamic(() => import("./tool-schema-monaco").then((m) => m.ToolSchemaMonaco), {
  ssr: false,
  loading: () => <p className="p-2 text-xs text-muted">Loading editor…</p>,
});

export function ToolSchemaEditor(props: ToolSchemaEditorProps) {
  return (
    <div
      role="group"
      aria-label={props.label}
      className="relative h-40 overflow-hidden rounded-md border border-slate-300 dark:border-slate-700"
    >
      <Monaco {...props} />
    </div>
  );
}
