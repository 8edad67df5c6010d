"use client";

import { ScrollBox } from "@/components/ui/scroll-box";
import { useId, useState } from "react";
import { generateCode, type CodeLanguage } from "@/lib/code/generate";
import { findSecret, secretMessage } from "@/lib/presets/secrets";
import { sentRequest } from "@/lib/run/run-plan";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { StaleJsonNote } from "./stale-json-note";
import { ErrorNote, Modal, buttonClass } from "./modal";
import { useCopy } from "./use-copy";

const LANGUAGES: { id: CodeLanguage; label: string }[] = [
  { id: "curl", label: "curl" },
  { id: "typescript", label: "TypeScript" },
  { id: "python", label: "Python" },
];

export function GetCodeDialog({ onClose }: { onClose: () => void }) {
  // The request as sent: its {{variables}} with the Variables' values in place.
  const template = usePlaygroundStore((s) => s.request);
  const values = usePlaygroundStore((s) => s.variableValues);
  const request = sentRequest(template, values);
  const betas = usePlaygroundStore((s) => s.betas);
  const [language, setLanguage] = useState<CodeLanguage>("curl");
  // This playground's proxy by default: the code then runs against the same upstream as Run.
  const [baseUrl, setBaseUrl] = useState(() => `${window.location.origin}/api`);
  const { copied, copy } = useCopy();
  const baseId = useId();
  const panelId = useId();
  const secret = findSecret(request);
  const code = secret ? "" : generateCode(language, request, { baseUrl, betas });

  return (
    <Modal title="Get code" onClose={onClose} wide>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div role="tablist" aria-label="Language" className="flex gap-1">
          {LANGUAGES.map((l) => (
            <button
              key={l.id}
              type="button"
              role="tab"
              aria-selected={language === l.id}
              aria-controls={panelId}
              onClick={() => setLanguage(l.id)}
              className={`rounded-md px-2.5 py-1 text-sm font-medium ${language === l.id ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"}`}
            >
              {l.label}
            </button>
          ))}
        </div>
        <div className="min-w-64 flex-1">
          <label htmlFor={baseId} className="field-label">
            Base URL
          </label>
          <input
            id={baseId}
            className="field-input font-mono text-xs"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
          />
        </div>
      </div>
      <StaleJsonNote />
      {secret ? (
        <ErrorNote>{secretMessage(secret)}</ErrorNote>
      ) : (
        <div id={panelId} role="tabpanel" className="relative">
          {/* Focusable, so that a keyboard can scroll a long body too. */}
          <ScrollBox
            label="Generated code"
            className="max-h-[55vh] overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100"
          >
            <code>{code}</code>
          </ScrollBox>
          <button type="button" className={`${buttonClass} absolute right-2 top-2`} onClick={() => void copy(code)}>
            {copied ? "Copied" : "Copy code"}
          </button>
        </div>
      )}
      {request !== template && (
        <p className="text-xs text-muted">The request as sent: each {"{{variable}}"} has its value from Variables.</p>
      )}
      <p className="text-xs text-muted">
        The key is read from <code>ANTHROPIC_API_KEY</code> in your environment. Use{" "}
        <code>https://api.anthropic.com</code> as the base URL to call the API directly.
      </p>
    </Modal>
  );
}
