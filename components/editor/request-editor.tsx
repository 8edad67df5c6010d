"use client";

import dynamic from "next/dynamic";
import { usePlaygroundStore } from "@/lib/store/playground-store";

// Monaco is large: it loads after the page is usable and never blocks Run.
const MonacoJsonEditor = dynamic(() => import("./monaco-json-editor").then((m) => m.MonacoJsonEditor), {
  ssr: false,
  loading: () => <p className="p-3 text-sm text-muted">Loading editor…</p>,
});

export function RequestEditor() {
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  return (
    <section aria-label="Request JSON" className="panel flex min-h-[28rem] min-w-0 flex-col lg:min-h-0">
      <h2 className="panel-title">Request JSON</h2>
      {jsonError && (
        <p role="status" className="line-clamp-2 border-b border-slate-200 px-3 py-1 text-xs text-red-700 dark:border-slate-800 dark:text-red-400" title={jsonError}>
          Invalid JSON: {jsonError}
        </p>
      )}
      <div className="relative min-h-0 flex-1 overflow-hidden rounded-b-lg">
        <MonacoJsonEditor />
      </div>
    </section>
  );
}
