"use client";

import Editor from "@monaco-editor/react";
import { useId } from "react";
import { RESPONSE_FORMAT_PATH_PREFIX, setupMonaco, TOOL_SCHEMA_PATH_PREFIX } from "./monaco-setup";
import { useMonacoTheme } from "./use-monaco-theme";
import { ESCAPE_THEN_TAB_HINT, letEscapeThenTabLeave } from "./escape-then-tab";

export interface ToolSchemaEditorProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** What the schema is for, which sets the JSON Schema Monaco helps with: a tool's input (the default) or a reply's. */
  kind?: "tool-input" | "response-format";
}

setupMonaco();

/** A small Monaco editor for one tool's input_schema (or a response format's schema), with JSON Schema help for it. */
export function ToolSchemaMonaco({ label, value, onChange, kind }: ToolSchemaEditorProps) {
  const id = useId().replace(/[^a-zA-Z0-9]/g, "");
  const theme = useMonacoTheme();
  return (
    <Editor
      height="100%"
      language="json"
      path={`${kind === "response-format" ? RESPONSE_FORMAT_PATH_PREFIX : TOOL_SCHEMA_PATH_PREFIX}${id}.json`}
      value={value}
      theme={theme}
      onChange={(text) => text !== undefined && onChange(text)}
      onMount={(editor) => void letEscapeThenTabLeave(editor)}
      options={{
        ariaLabel: `${label}. ${ESCAPE_THEN_TAB_HINT}.`,
        minimap: { enabled: false },
        fontSize: 12,
        lineNumbers: "off",
        folding: false,
        // In a box this small, lines pinned at the top would hide (and catch the clicks of) much of the schema.
        stickyScroll: { enabled: false },
        scrollBeyondLastLine: false,
        tabSize: 2,
        automaticLayout: true,
      }}
      wrapperProps={{ className: "absolute inset-0" }}
    />
  );
}
