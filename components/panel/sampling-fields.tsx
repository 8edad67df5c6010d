"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";
import { useModelLookup } from "../hooks/use-model-lookup";
import { NumberField } from "../ui/number-field";
import { FieldIssue } from "./field-issue";

export function SamplingFields() {
  const request = usePlaygroundStore((s) => s.request);
  const setField = usePlaygroundStore((s) => s.setField);
  const model = useModelLookup().find(request.model);
  const sampling = model?.sampling;
  const num = (key: string) => (typeof request[key] === "number" ? (request[key] as number) : undefined);

  return (
    <>
      <div>
        <NumberField
          label="Max tokens"
          value={request.max_tokens}
          min={0}
          max={model?.maxOutput}
          step={1}
          rangeMessage={false}
          onChange={(v) => setField("max_tokens", v)}
        />
        <FieldIssue path="max_tokens" />
      </div>
      <div className="grid grid-cols-3 gap-2">
        <div>
          <NumberField
            label="Temperature"
            value={num("temperature")}
            min={0}
            max={1}
            step={0.1}
            onChange={(v) => setField("temperature", v)}
          />
          <FieldIssue path="temperature" />
        </div>
        <div>
          <NumberField
            label="Top P"
            value={num("top_p")}
            min={0}
            max={1}
            step={0.01}
            onChange={(v) => setField("top_p", v)}
          />
          <FieldIssue path="top_p" />
        </div>
        <div>
          <NumberField label="Top K" value={num("top_k")} min={0} step={1} onChange={(v) => setField("top_k", v)} />
          <FieldIssue path="top_k" />
        </div>
      </div>
      {sampling && (!sampling.temperature || !sampling.topK || sampling.topP.min > 0) && (
        <p className="-mt-2 text-xs text-muted">
          This model takes {sampling.temperature ? "" : "only temperature 1, "}top P ≥ {sampling.topP.min}
          {sampling.topK ? "" : ", and no top K"}.
        </p>
      )}
    </>
  );
}
