"use client";

import { useId } from "react";
import { findModel, MODELS } from "@/lib/models";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { NumberField } from "./number-field";

export function ParameterPanel() {
  const request = usePlaygroundStore((s) => s.request);
  const setField = usePlaygroundStore((s) => s.setField);
  const setMessageText = usePlaygroundStore((s) => s.setMessageText);
  const modelId = useId();
  const messageId = useId();
  const model = findModel(request.model);
  const firstMessage = request.messages[0] as { content?: unknown } | undefined;
  const firstText = typeof firstMessage?.content === "string" ? firstMessage.content : "";

  return (
    <section aria-label="Parameters" className="panel flex flex-col gap-3 p-3">
      <div>
        <label htmlFor={modelId} className="field-label">Model</label>
        <select id={modelId} className="field-input" value={request.model} onChange={(e) => setField("model", e.target.value)}>
          {!model && <option value={request.model}>{request.model}</option>}
          {MODELS.map((m) => (
            <option key={m.id} value={m.id}>{m.label}</option>
          ))}
        </select>
        {model && (
          <p className="mt-1 text-xs text-slate-500">
            {(model.contextWindow / 1000).toLocaleString()}K context · {model.maxOutput.toLocaleString()} max output
          </p>
        )}
      </div>
      <NumberField label="Max tokens" value={request.max_tokens} min={1} max={model?.maxOutput} step={1} onChange={(v) => setField("max_tokens", v)} />
      <NumberField label="Temperature" value={request.temperature as number | undefined} min={0} max={1} step={0.1} onChange={(v) => setField("temperature", v)} />
      <div>
        <label htmlFor={messageId} className="field-label">Message 1</label>
        <textarea
          id={messageId}
          rows={6}
          className="field-input resize-y"
          placeholder="Ask something…"
          value={firstText}
          onChange={(e) => setMessageText(0, e.target.value)}
        />
      </div>
    </section>
  );
}
