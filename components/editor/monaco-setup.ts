// Serves Monaco from the app's own bundle: no CDN for the loader, the workers or the schemas.
import * as monaco from "monaco-editor";
import { loader } from "@monaco-editor/react";
import { requestJsonSchema, toolInputJsonSchema } from "@/lib/messages/request-json-schema";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

/** Model paths: the schemas below attach to editors by these names. */
export const REQUEST_PATH = "request.json";
export const TOOL_SCHEMA_PATH_PREFIX = "tool-input-schema-";

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
      { uri: "inmemory://schemas/tool-input-schema.json", fileMatch: [`${TOOL_SCHEMA_PATH_PREFIX}*.json`], schema: toolInputJsonSchema() },
    ],
  });
  loader.config({ monaco });
  return monaco;
}
