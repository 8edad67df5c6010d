"use client";

import dynamic from "next/dynamic";
import { usePlaygroundStore } from "@/lib/store/playground-store";

// Monaco is large: it loads after the page is usable and never blocks Run.
const MonacoJsonEditor = dynamic(() => import("./monaco-json-editor").then((m) => m.MonacoJsonEditor), {
  ssr: false,
  loading: () => <p className="p-3 text-sm text-slate-500">Loading editor…</p>,
});

export function RequestEditor() {
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  return (
    <section aria-label="Request JSON" className="panel flex min-h-[28rem] min-w-0 flex-col">
      <h2 className="panel-title flex items-center justify-between">
        <span>Request JSON</span>
        {jsonError && <span role="status" className="text-xs font-normal text-red-700 dark:text-red-400">Invalid JSON: {jsonError}</span>}
      </h2>
      <div className="relative flex-1">
        <MonacoJsonEditor />
      </div>
    </section>
  );
}
