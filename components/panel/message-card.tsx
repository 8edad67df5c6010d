"use client";

import { useId, useRef, useState } from "react";
import { contentBlocks } from "@/lib/messages/content-text";
import { useModelLookup } from "../hooks/use-model-lookup";
import { duplicateItem, moveItem, removeItem } from "@/lib/store/request-edits";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { BlockEditor } from "./block-editor";
import { readImageFile } from "./image-input";
import { FieldIssue } from "./field-issue";
import { CacheToggle, IconButton } from "./small-controls";

type Message = { role?: string; content?: unknown } & Record<string, unknown>;

const PLACEHOLDER: Record<string, string> = {
  user: "Ask something…",
  assistant: "Assistant turn (a last one is a prefill)",
  system: "Instructions from here on (after a user turn)",
};

/** One turn: role, text, images, tool results, cache breakpoints; reorder, duplicate, delete. */
export function MessageCard({ index, total }: { index: number; total: number }) {
  const raw = usePlaygroundStore((s) => s.request.messages[index]);
  const model = useModelLookup().find(usePlaygroundStore((s) => s.request.model));
  const message = (raw && typeof raw === "object" ? raw : {}) as Message;
  const updateRequest = usePlaygroundStore((s) => s.updateRequest);
  const setPath = usePlaygroundStore((s) => s.setPath);
  const textId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const n = index + 1;
  const isString = typeof message.content === "string";
  const blocks = contentBlocks(message.content);
  const firstText = isString ? 0 : blocks.findIndex((b) => b.type === "text");
  const prefill = index === total - 1 && message.role === "assistant";
  const role = message.role ?? "user";
  // System messages where the model takes them (after the first turn); a role typed in the JSON stays listed.
  const takesSystem = index > 0 && (model?.systemMessages ?? true);
  const roles = ["user", "assistant", ...(takesSystem ? ["system"] : [])];
  if (!roles.includes(role)) roles.push(role);

  const editMessages = (edit: (messages: unknown[]) => unknown[]) =>
    updateRequest((r) => ({ ...r, messages: edit(r.messages) }));
  const setBlocks = (next: Record<string, unknown>[]) => setPath(["messages", index, "content"], next);

  const setText = (text: string) => {
    if (isString) return setPath(["messages", index, "content"], text);
    if (firstText >= 0) return setPath(["messages", index, "content", firstText, "text"], text);
    setBlocks([{ type: "text", text }, ...blocks]);
  };

  const addFiles = async (files: Iterable<File>) => {
    const added: Record<string, unknown>[] = [];
    for (const file of files) {
      const result = await readImageFile(file);
      if ("error" in result) return setImageError(result.error);
      added.push(result);
    }
    setImageError(null);
    // Read the latest content: typing may have happened while the files were read.
    const current = usePlaygroundStore.getState().request.messages[index] as Message | undefined;
    if (current && added.length) setBlocks([...contentBlocks(current.content), ...added]);
  };

  const text = isString ? (message.content as string) : firstText >= 0 ? String(blocks[firstText].text ?? "") : "";
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for image files; the keyboard adds them with the file button
    <div
      className={`rounded-md border p-2 ${dragging ? "border-indigo-500 bg-indigo-50 dark:bg-indigo-950" : "border-slate-200 dark:border-slate-700"}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes("Files")) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        if (!e.dataTransfer.files.length) return;
        e.preventDefault();
        setDragging(false);
        void addFiles(e.dataTransfer.files);
      }}
    >
      <div className="mb-1 flex flex-wrap items-center gap-1">
        {/* The label stays exactly "Message N" (the UI contract); the prefill note describes the field. */}
        <label htmlFor={textId} className="field-label mb-0">
          Message {n}
        </label>
        <span id={`${textId}-prefill`} className="field-label mb-0 mr-auto font-normal text-muted">
          {prefill ? "(prefill)" : ""}
        </span>
        <select
          aria-label={`Role of turn ${n}`}
          className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
          value={role}
          onChange={(e) => setPath(["messages", index, "role"], e.target.value)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <IconButton
          label={`Move turn ${n} up`}
          disabled={index === 0}
          onClick={() => editMessages((m) => moveItem(m, index, index - 1))}
        >
          ↑
        </IconButton>
        <IconButton
          label={`Move turn ${n} down`}
          disabled={index === total - 1}
          onClick={() => editMessages((m) => moveItem(m, index, index + 1))}
        >
          ↓
        </IconButton>
        <IconButton label={`Duplicate turn ${n}`} onClick={() => editMessages((m) => duplicateItem(m, index))}>
          Duplicate
        </IconButton>
        <IconButton
          label={`Delete turn ${n}`}
          disabled={total === 1}
          onClick={() => editMessages((m) => removeItem(m, index))}
        >
          ✕
        </IconButton>
      </div>
      <textarea
        id={textId}
        data-field-path={`messages.${index}.content`}
        aria-describedby={prefill ? `${textId}-prefill` : undefined}
        rows={3}
        className="field-input resize-y"
        placeholder={PLACEHOLDER[role] ?? ""}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPaste={(e) => {
          const files = [...e.clipboardData.files];
          if (!files.length) return;
          e.preventDefault();
          void addFiles(files);
        }}
      />
      {blocks.map((_block, b) =>
        // biome-ignore-start lint/suspicious/noArrayIndexKey: a block's editor is its position in the turn, which it reads from the store
        b === firstText && !isString ? (
          <CacheToggle key={b} index={index} block={b} blocks={blocks} onChange={setBlocks} />
        ) : isString ? null : (
          <BlockEditor key={b} turn={index} index={b} blocks={blocks} onChange={setBlocks} />
        ),
      )}
      {/* biome-ignore-end lint/suspicious/noArrayIndexKey: see above */}
      {isString && text !== "" && <CacheToggle index={index} block={0} blocks={blocks} onChange={setBlocks} />}
      <div className="mt-1 flex flex-wrap gap-2">
        <button type="button" className="btn-link" onClick={() => fileInput.current?.click()}>
          Add image to turn {n}
        </button>
        <button
          type="button"
          className="btn-link"
          onClick={() => setBlocks([...blocks, { type: "tool_result", tool_use_id: "", content: "" }])}
        >
          Add tool result to turn {n}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/jpeg,image/png,image/gif,image/webp"
          multiple
          hidden
          aria-label={`Image file for turn ${n}`}
          onChange={(e) => {
            if (e.target.files) void addFiles([...e.target.files]);
            e.target.value = "";
          }}
        />
      </div>
      {imageError && (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          {imageError}
        </p>
      )}
      <FieldIssue path={`messages.${index}`} />
    </div>
  );
}
