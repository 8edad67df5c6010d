"use client";

import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RequestBody } from "@/lib/messages/types";
import { setupMonaco } from "./monaco-setup";

setupMonaco();

const format = (request: RequestBody) => JSON.stringify(request, null, 2);

/** The JSON view of the request. Invalid text stays in the editor; the store keeps the last valid request. */
export function MonacoJsonEditor() {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const lastWritten = useRef<string>("");

  // Panel → editor: rewrite the text only when the request changed outside the editor.
  useEffect(
    () =>
      usePlaygroundStore.subscribe((state, previous) => {
        const editor = editorRef.current;
        if (!editor || state.request === previous.request) return;
        const text = format(state.request);
        if (text === lastWritten.current) return;
        lastWritten.current = text;
        const model = editor.getModel();
        if (!model) return;
        // pushEditOperations keeps the change undoable, unlike setValue.
        editor.pushUndoStop();
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
        editor.pushUndoStop();
      }),
    [],
  );

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    lastWritten.current = editor.getValue();
  };

  const onChange = (value: string | undefined) => {
    if (value === undefined || value === lastWritten.current) return;
    const store = usePlaygroundStore.getState();
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      store.setJsonError((error as Error).message);
      return;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      store.setJsonError("the request must be a JSON object");
      return;
    }
    lastWritten.current = format(parsed as RequestBody);
    store.replaceRequest(parsed as RequestBody);
  };

  return (
    <Editor
      height="100%"
      defaultLanguage="json"
      defaultValue={format(usePlaygroundStore.getState().request)}
      onMount={onMount}
      onChange={onChange}
      options={{ minimap: { enabled: false }, fontSize: 13, scrollBeyondLastLine: false, tabSize: 2, automaticLayout: true }}
      wrapperProps={{ className: "absolute inset-0" }}
    />
  );
}
