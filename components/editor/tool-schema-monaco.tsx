"use client";

import Editor from "@monaco-editor/react";
import { useId } from "react";
import { setupMonaco, TOOL_SCHEMA_PATH_PREFIX } from "./monaco-setup";
import { useMonacoTheme } from "./use-monaco-theme";
import type { ToolSchemaEditorProps } from "./tool-schema-editor";

setupMonaco();

/** A small Monaco editor for one tool's input_schema, with JSON Schema help for a tool input. */
export function ToolSchemaMonaco({ label, value, onChange }: ToolSchemaEditorProps) {
  const id = useId().replace(/[^a-zA-Z0-9]/g, "");
  const theme = useMonacoTheme();
  return (
    <Editor
      height="100%"
      language="json"
      path={`${TOOL_SCHEMA_PATH_PREFIX}${id}.json`}
      value={value}
      theme={theme}
      onChange={(text) => text !== undefined && onChange(text)}
      options={{
        ariaLabel: label,
        minimap: { enabled: false },
        fontSize: 12,
        lineNumbers: "off",
        folding: false,
        scrollBeyondLastLine: false,
        tabSize: 2,
        automaticLayout: true,
      }}
      wrapperProps={{ className: "absolute inset-0" }}
    />
  );
}
