"use client";

import { useId, useState } from "react";
import { parsePastedCode } from "@/lib/code/paste-code";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { ErrorNote, Modal, primaryButtonClass } from "./modal";

export function PasteCodeDialog({ onClose, onLoaded }: { onClose: () => void; onLoaded: (message: string) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const textId = useId();

  const load = () => {
    const result = parsePastedCode(text);
    if (!result.ok) return setError(result.message);
    const store = usePlaygroundStore.getState();
    store.replaceRequest(result.request);
    // A curl command says which betas the call had (none without the header); a bare body says nothing of them.
    if (result.source === "curl") store.setBetas(result.betas);
    usePlaygroundStore.setState({ presetName: null, presetDescription: null, presetEntryId: null });
    onLoaded(
      [
        `Loaded the request from the pasted ${result.source === "curl" ? "curl command" : "JSON"}${result.betas.length ? `, with the beta features ${result.betas.join(", ")}` : ""}.`,
        ...result.notes,
      ].join(" "),
    );
  };

  return (
    <Modal title="Paste code" onClose={onClose} wide>
      <div>
        <label htmlFor={textId} className="field-label">
          Code to paste
        </label>
        <textarea
          id={textId}
          rows={12}
          spellCheck={false}
          data-autofocus
          className="field-input font-mono text-xs"
          placeholder={
            "curl https://api.anthropic.com/v1/messages \\\n  -H \"x-api-key: $ANTHROPIC_API_KEY\" ... -d '{...}'\n\nor a JSON request body"
          }
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
      </div>
      {error && <ErrorNote>{error}</ErrorNote>}
      <p className="text-xs text-muted">
        A curl command or a JSON body replaces the request in the editor. Nothing is run, and a key in the command is
        ignored.
      </p>
      <div className="flex justify-end">
        <button type="button" className={primaryButtonClass} onClick={load}>
          Load request
        </button>
      </div>
    </Modal>
  );
}
