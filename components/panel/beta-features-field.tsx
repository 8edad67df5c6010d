"use client";

import { useId, useState } from "react";
import { SDK_BETAS, splitBetas } from "@/lib/messages/betas";
import { usePlaygroundStore } from "@/lib/store/playground-store";

const KNOWN = new Set<string>(SDK_BETAS);

/**
 * The beta features the request is sent with, as the `anthropic-beta` header (beside the body, not in it): picked from
 * the SDK's list or typed. A name the list lacks is sent all the same: the API decides what it accepts.
 */
export function BetaFeaturesField() {
  const betas = usePlaygroundStore((s) => s.betas);
  const setBetas = usePlaygroundStore((s) => s.setBetas);
  const [text, setText] = useState("");
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const add = () => {
    const names = splitBetas(text);
    if (!names.length) return;
    setBetas([...betas, ...names]);
    setText("");
  };
  return (
    <fieldset aria-describedby={hintId} className="min-w-0">
      <legend className="field-label">Beta features</legend>
      {betas.length > 0 && (
        <ul aria-label="Beta features sent" className="mb-1.5 flex flex-wrap gap-1.5">
          {betas.map((name) => (
            <li
              key={name}
              className="flex max-w-full items-center gap-1 rounded border border-indigo-200 bg-indigo-50 py-0.5 pl-1.5 pr-0.5 text-xs dark:border-indigo-900 dark:bg-indigo-950/60"
            >
              <span className="truncate font-mono" title={name}>
                {name}
              </span>
              {!KNOWN.has(name) && (
                <span
                  className="text-slate-600 dark:text-slate-300"
                  title="Not in the SDK's list of betas: sent as typed"
                >
                  (typed)
                </span>
              )}
              <button
                type="button"
                aria-label={`Remove ${name}`}
                title={`Remove ${name}`}
                className="rounded px-1 leading-none text-slate-600 hover:bg-indigo-100 dark:text-slate-300 dark:hover:bg-indigo-900"
                onClick={() => setBetas(betas.filter((b) => b !== name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-1.5">
        <label htmlFor={inputId} className="sr-only">
          Add a beta feature
        </label>
        <input
          id={inputId}
          list={listId}
          className="field-input font-mono text-xs"
          placeholder="Pick or type a beta name"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== "Enter" || e.ctrlKey || e.metaKey) return;
            e.preventDefault();
            add();
          }}
        />
        <datalist id={listId}>
          {SDK_BETAS.filter((name) => !betas.includes(name)).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <button type="button" className="btn-secondary shrink-0" onClick={add} disabled={!text.trim()}>
          Add
        </button>
      </div>
      <p id={hintId} className="mt-1 text-xs text-muted">
        {betas.length
          ? "Sent in the anthropic-beta header, with the run and the token count."
          : "None: the request is sent without an anthropic-beta header."}
      </p>
    </fieldset>
  );
}
