"use client";

import dynamic from "next/dynamic";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { useEditorWrap } from "./use-editor-wrap";

// Monaco is large: it loads after the page is usable and never blocks Run.
const MonacoJsonEditor = dynamic(() => import("./monaco-json-editor").then((m) => m.MonacoJsonEditor), {
  ssr: false,
  loading: () => <p className="p-3 text-sm text-muted">Loading editor…</p>,
});

export function RequestEditor() {
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  const [wrap, setWrap] = useEditorWrap();
  return (
    <section aria-label="Request JSON" className="panel flex min-h-[28rem] min-w-0 flex-col lg:min-h-0">
      <div className="panel-title flex items-center justify-between gap-2">
        <h2>Request JSON</h2>
        <button
          type="button"
          aria-pressed={wrap}
          aria-label="Wrap long lines"
          title="Wrap long lines"
          onClick={() => setWrap(!wrap)}
          // Negative margin: the header keeps the height of the other panels' headers.
          className={`-my-1 rounded border px-2 py-0.5 text-xs font-medium ${
            wrap
              ? "border-indigo-400 bg-indigo-50 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200"
              : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 dark:hover:bg-slate-800"
          }`}
        >
          Wrap
        </button>
      </div>
      {jsonError && (
        <p role="status" className="line-clamp-2 border-b border-slate-200 px-3 py-1 text-xs text-red-700 dark:border-slate-800 dark:text-red-400" title={jsonError}>
          Invalid JSON: {jsonError}
        </p>
      )}
      <div className="relative min-h-0 flex-1 overflow-hidden rounded-b-lg">
        <MonacoJsonEditor wrap={wrap} />
      </div>
    </section>
  );
}
