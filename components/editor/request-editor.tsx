"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { sentRequest } from "@/lib/run/run-plan";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { ScrollBox } from "../ui/scroll-box";
import { useEditorWrap } from "./use-editor-wrap";
import { ESCAPE_THEN_TAB_HINT } from "./escape-then-tab";

// Monaco is large: it loads after the page is usable and never blocks Run.
const MonacoJsonEditor = dynamic(() => import("./monaco-json-editor").then((m) => m.MonacoJsonEditor), {
  ssr: false,
  loading: () => <p className="p-3 text-sm text-muted">Loading editor…</p>,
});

export function RequestEditor() {
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  const [wrap, setWrap] = useEditorWrap();
  const sent = useSentPreview();
  const [showSent, setShowSent] = useState(false);
  const previewing = showSent && sent !== null;
  return (
    <section aria-label="Request JSON" className="group panel flex min-h-[28rem] min-w-0 flex-col lg:min-h-0">
      <div className="panel-title flex items-center justify-between gap-2">
        <h2 className="whitespace-nowrap">Request JSON</h2>
        {/* Shown while focus is in the editor, where Tab indents: how a keyboard user gets out. */}
        <span
          aria-hidden
          className="ml-auto hidden text-[11px] font-normal text-muted opacity-0 transition-opacity group-has-[.monaco-editor:focus-within]:opacity-100 sm:inline"
        >
          {ESCAPE_THEN_TAB_HINT}
        </span>
        {sent !== null && (
          <button
            type="button"
            aria-pressed={previewing}
            title="The request with each {{variable}} filled in, as Run sends it (read-only)"
            onClick={() => setShowSent(!previewing)}
            className="btn-small -my-1 whitespace-nowrap"
          >
            As sent
          </button>
        )}
        <button
          type="button"
          aria-pressed={wrap}
          aria-label="Wrap long lines"
          title="Wrap long lines"
          onClick={() => setWrap(!wrap)}
          // Negative margin: the header keeps the height of the other panels' headers.
          className="btn-small -my-1"
        >
          Wrap
        </button>
      </div>
      {jsonError && (
        <p
          role="status"
          className="line-clamp-2 border-b border-slate-200 px-3 py-1 text-xs text-red-700 dark:border-slate-800 dark:text-red-400"
          title={jsonError}
        >
          Invalid JSON: {jsonError}
        </p>
      )}
      <div className="relative min-h-0 flex-1 overflow-hidden rounded-b-lg">
        {/* Kept while the preview covers it: its text, undo and position stay as they were. */}
        <div hidden={previewing} className="absolute inset-0">
          <MonacoJsonEditor wrap={wrap} />
        </div>
        {previewing && (
          <ScrollBox
            label="Request as sent"
            className={`absolute inset-0 overflow-auto bg-slate-50 p-3 font-mono text-xs dark:bg-slate-950 ${wrap ? "whitespace-pre-wrap break-words" : ""}`}
          >
            {JSON.stringify(sent, null, 2)}
          </ScrollBox>
        )}
      </div>
    </section>
  );
}

/** The selected variant's request as sent, when its {{variables}} make it differ from the one edited. */
function useSentPreview() {
  const request = usePlaygroundStore((s) => s.request);
  const values = usePlaygroundStore((s) => s.variableValues);
  const sent = sentRequest(request, values);
  return sent === request ? null : sent;
}
