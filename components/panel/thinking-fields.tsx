"use client";

import { useId } from "react";
import { ALL_EFFORT } from "@/lib/models";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { MIN_THINKING_BUDGET, withManualThinking } from "@/lib/store/request-edits";
import { NumberField } from "../ui/number-field";
import { useModelLookup } from "../hooks/use-model-lookup";
import { FieldIssue } from "./field-issue";

type Mode = "off" | "enabled" | "adaptive" | "disabled";
const LABEL: Record<Mode, string> = {
  off: "Off (not sent)",
  enabled: "Manual budget",
  adaptive: "Adaptive",
  disabled: "Disabled",
};
const DISPLAYS = ["summarized", "omitted"];

export function ThinkingFields() {
  const request = usePlaygroundStore((s) => s.request);
  const setField = usePlaygroundStore((s) => s.setField);
  const setPath = usePlaygroundStore((s) => s.setPath);
  const updateRequest = usePlaygroundStore((s) => s.updateRequest);
  const thinkingId = useId();
  const effortId = useId();
  const displayId = useId();
  const model = useModelLookup().find(request.model);
  const thinking = request.thinking as { type?: string; budget_tokens?: number; display?: string } | undefined;
  const mode = (thinking?.type ?? "off") as Mode;
  const effort = (request.output_config as { effort?: string } | undefined)?.effort;

  // What the model allows; the current value stays listed (and flagged) when it does not fit.
  const modes: Mode[] = ["off"];
  if (!model || model.manualThinking === "supported" || model.manualThinking === "deprecated") modes.push("enabled");
  if (!model || model.adaptiveThinking) modes.push("adaptive");
  // Said outright (`{type: "disabled"}`), which matters where leaving thinking out does not turn it off.
  const thinks = model?.manualThinking !== "none" || model.adaptiveThinking;
  if (thinks && (model?.thinkingDisabled ?? true)) modes.push("disabled");
  if (!modes.includes(mode)) modes.push(mode);
  const display = thinking?.display;
  const displays = display && !DISPLAYS.includes(display) ? [...DISPLAYS, display] : DISPLAYS;
  // A copy: an effort the model lacks is listed too, and must not be added to the catalogue's own list.
  const efforts: string[] = [...(model?.effort ?? ALL_EFFORT)];
  if (effort && !efforts.includes(effort)) efforts.push(effort);

  // On a model that always thinks, or thinks by default, leaving thinking out does not turn it off: the option says
  // what it does.
  const offLabel = model?.thinkingAlwaysOn ? "Always on" : model?.thinkingByDefault ? "On by default" : LABEL.off;
  const label = (m: Mode) => (m === "off" ? offLabel : (LABEL[m] ?? m));

  const chooseMode = (next: Mode) => {
    if (next === "off") setField("thinking", undefined);
    else if (next === "enabled") updateRequest((r) => withManualThinking(r, { maxOutput: model?.maxOutput }));
    // The display choice carries over between manual and adaptive; disabled thinking shows nothing.
    else setField("thinking", next !== "disabled" && display ? { type: next, display } : { type: next });
  };

  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={thinkingId} className="field-label">
            Thinking
          </label>
          <select
            id={thinkingId}
            className="field-input"
            value={mode}
            onChange={(e) => chooseMode(e.target.value as Mode)}
          >
            {modes.map((m) => (
              <option key={m} value={m}>
                {label(m)}
              </option>
            ))}
          </select>
        </div>
        {(efforts.length > 0 || effort) && (
          <div>
            <label htmlFor={effortId} className="field-label">
              Effort
            </label>
            <select
              id={effortId}
              className="field-input"
              value={effort ?? ""}
              onChange={(e) => setPath(["output_config", "effort"], e.target.value || undefined)}
            >
              <option value="">Default (not sent)</option>
              {efforts.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {mode === "off" && model?.thinkingAlwaysOn && (
        <p className="text-xs text-muted" data-testid="thinking-always-on">
          {model.label} always thinks, adaptively: left out of the request, thinking stays on, and it cannot be turned
          off.
        </p>
      )}
      {mode === "enabled" && model?.manualThinking === "deprecated" && (
        // Said here rather than in the option, whose closed select is too narrow for it.
        <p className="text-xs text-muted" data-testid="thinking-deprecated">
          Manual budgets are deprecated on {model.label}: Adaptive, with an effort, is the newer way.
        </p>
      )}
      {(mode === "enabled" || mode === "adaptive") && (
        <div>
          <label htmlFor={displayId} className="field-label">
            Thought display
          </label>
          <select
            id={displayId}
            className="field-input"
            value={display ?? ""}
            onChange={(e) => setPath(["thinking", "display"], e.target.value || undefined)}
          >
            <option value="">Model default{model ? ` (${model.thinkingDisplay})` : ""}</option>
            {displays.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
      )}
      {mode === "enabled" && (
        <NumberField
          label="Thinking budget"
          value={typeof thinking?.budget_tokens === "number" ? thinking.budget_tokens : undefined}
          min={MIN_THINKING_BUDGET}
          step={256}
          onChange={(v) => setPath(["thinking", "budget_tokens"], v)}
        />
      )}
      <FieldIssue path="thinking" />
      <FieldIssue path="output_config.effort" />
    </>
  );
}
