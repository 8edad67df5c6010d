"use client";

import { useId } from "react";
import { findModel } from "@/lib/models";
import { clampToModel } from "@/lib/store/request-edits";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";
import { useModelChoices } from "./use-model-choices";
import { formatNumber } from "@/lib/format/number";

const thousands = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}K` : String(n));

export function ModelPicker() {
  const model = usePlaygroundStore((s) => s.request.model);
  const updateRequest = usePlaygroundStore((s) => s.updateRequest);
  const choices = useModelChoices(model);
  const id = useId();
  const info = findModel(model);

  const choose = (next: string) =>
    // Switching model clamps max_tokens; what else no longer fits is flagged by validation.
    updateRequest((request) => clampToModel({ ...request, model: next }, { maxOutput: findModel(next)?.maxOutput }));

  return (
    <div>
      <label htmlFor={id} className="field-label">
        Model
      </label>
      <select id={id} className="field-input" value={model} onChange={(e) => choose(e.target.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
            {c.info ? "" : " (limits unknown)"}
          </option>
        ))}
      </select>
      <p className="mt-1 text-xs text-muted" data-testid="model-limits">
        {info
          ? `${thousands(info.contextWindow)} context · ${formatNumber(info.maxOutput)} max output${info.vision ? " · vision" : ""}`
          : "Not in the catalogue: context window and max output unknown"}
      </p>
      <FieldIssue path="model" />
    </div>
  );
}
