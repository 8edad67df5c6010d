"use client";

import Editor, { type OnMount } from "@monaco-editor/react";
import { memo, useEffect, useMemo, useRef } from "react";
import { changedSpan } from "@/lib/diff/changed-span";
import { type PlaygroundState, usePlaygroundStore } from "@/lib/store/playground-store";
import type { RequestBody } from "@/lib/messages/types";
import { REQUEST_PATH, setupMonaco } from "./monaco-setup";
import { useMonacoTheme } from "./use-monaco-theme";
import { ESCAPE_THEN_TAB_HINT, letEscapeThenTabLeave } from "./escape-then-tab";

setupMonaco();

const format = (request: RequestBody) => JSON.stringify(request, null, 2);

/** The variant whose request the editor shows. */
const selectedVariantId = ({ variants, selectedVariant }: PlaygroundState) => variants[selectedVariant]?.id;

/** How long the panel's typing pauses before the JSON shows it; and, while it goes on without a pause, how long the JSON
 * may lag behind at most. */
const WRITE_AFTER_QUIET_MS = 150;
const WRITE_AT_LEAST_EVERY_MS = 1000;

/** The JSON view of the request. Invalid text stays in the editor (and the draft); the store keeps the last valid request.
 * Memoised, with options that keep their identity: the editor's wrapper applies its options again whenever they are a
 * new object, and its parent renders on every key typed in the panel. */
export const MonacoJsonEditor = memo(function MonacoJsonEditor({ wrap = false }: { wrap?: boolean }) {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const lastWritten = useRef<string>("");
  const theme = useMonacoTheme();
  const options = useMemo(
    () =>
      ({
        ariaLabel: `Request body (JSON). ${ESCAPE_THEN_TAB_HINT}.`,
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        tabSize: 2,
        automaticLayout: true,
        fixedOverflowWidgets: true,
        wordWrap: wrap ? "on" : "off",
        wrappingIndent: "indent",
      }) as const,
    [wrap],
  );

  // Panel → editor: rewrite the text only when the request changed outside the editor, once the typing there pauses, or
  // each second while it goes on (each rewrite costs the page Monaco's edit and its drawing: with a full results grid on
  // screen, more than the key itself). Focus on the editor, or another variant, writes at once.
  const writtenVariant = useRef<string | undefined>(undefined);
  const writeNow = useRef(() => {});
  useEffect(() => {
    const selectedId = () => selectedVariantId(usePlaygroundStore.getState());
    let pendingWrite: ReturnType<typeof setTimeout> | undefined;
    let pendingSince: number | undefined;
    writeNow.current = () => {
      clearTimeout(pendingWrite);
      pendingWrite = undefined;
      pendingSince = undefined;
      const editor = editorRef.current;
      const model = editor?.getModel();
      if (!editor || !model) return;
      const text = format(usePlaygroundStore.getState().request);
      const variant = selectedId();
      if (text === lastWritten.current && variant === writtenVariant.current) return;
      lastWritten.current = text;
      // Another variant is another text: its own start, with no undo back into the one before.
      if (variant !== writtenVariant.current) {
        writtenVariant.current = variant;
        return editor.setValue(text);
      }
      // Only the span that changed is rewritten, so that Monaco re-renders the lines it touches, not all it shows (a
      // key typed in the panel is a character of the JSON). pushEditOperations keeps it undoable, unlike setValue.
      const span = changedSpan(model.getValue(), text);
      if (!span) return;
      const from = model.getPositionAt(span.start);
      const to = model.getPositionAt(span.end);
      editor.pushUndoStop();
      model.pushEditOperations(
        [],
        [
          {
            range: {
              startLineNumber: from.lineNumber,
              startColumn: from.column,
              endLineNumber: to.lineNumber,
              endColumn: to.column,
            },
            text: span.text,
          },
        ],
        () => null,
      );
      editor.pushUndoStop();
    };
    const unsubscribe = usePlaygroundStore.subscribe((state, previous) => {
      if (!editorRef.current || state.request === previous.request) return;
      if (editorRef.current.hasTextFocus() || selectedId() !== writtenVariant.current) return writeNow.current();
      const now = performance.now();
      pendingSince ??= now;
      const wait = Math.min(WRITE_AFTER_QUIET_MS, pendingSince + WRITE_AT_LEAST_EVERY_MS - now);
      clearTimeout(pendingWrite);
      pendingWrite = setTimeout(() => writeNow.current(), Math.max(0, wait));
    });
    return () => {
      unsubscribe();
      clearTimeout(pendingWrite);
    };
  }, []);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    letEscapeThenTabLeave(editor);
    // A change from the panel still waiting is written before the first key typed here.
    editor.onDidFocusEditorText(() => writeNow.current());
    writtenVariant.current = selectedVariantId(usePlaygroundStore.getState());
    // A draft that did not parse (kept across a reload) wins over the formatted request.
    const { jsonDraft, request } = usePlaygroundStore.getState();
    const text = jsonDraft ?? format(request);
    if (editor.getValue() !== text) editor.setValue(text);
    lastWritten.current = jsonDraft === null ? text : format(request);
  };

  const onChange = (value: string | undefined) => {
    if (value === undefined || value === lastWritten.current) return;
    const store = usePlaygroundStore.getState();
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      store.setJsonError((error as Error).message, value);
      return;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      store.setJsonError("the request must be a JSON object", value);
      return;
    }
    lastWritten.current = format(parsed as RequestBody);
    store.replaceRequest(parsed as RequestBody);
  };

  return (
    <Editor
      height="100%"
      language="json"
      path={REQUEST_PATH}
      defaultValue={format(usePlaygroundStore.getState().request)}
      theme={theme}
      onMount={onMount}
      onChange={onChange}
      options={options}
      wrapperProps={{ className: "absolute inset-0" }}
    />
  );
});
