// Serves Monaco from the app's own bundle: no CDN for the loader, the workers or the schemas.
import * as monaco from "monaco-editor";
import { loader } from "@monaco-editor/react";
import { requestJsonSchema, responseFormatJsonSchema, toolInputJsonSchema } from "@/lib/messages/request-json-schema";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

/** Model paths: the schemas below attach to editors by these names. */
export const REQUEST_PATH = "request.json";
export const TOOL_SCHEMA_PATH_PREFIX = "tool-input-schema-";
export const RESPONSE_FORMAT_PATH_PREFIX = "response-format-schema-";

/** The page's dark theme for Monaco (use-monaco-theme.ts picks it). */
export const DARK_THEME = "playground-dark";

let configured = false;

export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === "json") {
        return new Worker(new URL("monaco-editor/language/json/json.worker", import.meta.url), { type: "module" });
      }
      return new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module" });
    },
  };
  monaco.json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    // Schemas are given inline: the worker must never fetch one from the network.
    enableSchemaRequest: false,
    schemas: [
      { uri: "inmemory://schemas/messages-request.json", fileMatch: [REQUEST_PATH], schema: requestJsonSchema() },
      {
        uri: "inmemory://schemas/tool-input-schema.json",
        fileMatch: [`${TOOL_SCHEMA_PATH_PREFIX}*.json`],
        schema: toolInputJsonSchema(),
      },
      {
        uri: "inmemory://schemas/response-format-schema.json",
        fileMatch: [`${RESPONSE_FORMAT_PATH_PREFIX}*.json`],
        schema: responseFormatJsonSchema(),
      },
    ],
  });
  // The dark theme on the panels' navy (Tailwind's slate), not vs-dark's grey, which stood out as a grey box.
  monaco.editor.defineTheme(DARK_THEME, {
    base: "vs-dark",
    inherit: true,
    rules: [],
    colors: {
      "editor.background": "#0f172b", // slate-900 (Tailwind 4), the panels
      "editorGutter.background": "#0f172b",
      "editor.lineHighlightBackground": "#1d293d", // slate-800
      "editor.lineHighlightBorder": "#1d293d",
      "editorLineNumber.foreground": "#62748e", // slate-500
      "editorLineNumber.activeForeground": "#cad5e2", // slate-300
      "editorWidget.background": "#1d293d",
      "editorWidget.border": "#314158", // slate-700
      "editorStickyScroll.background": "#0f172b",
    },
  });
  loader.config({ monaco });
  return monaco;
}
