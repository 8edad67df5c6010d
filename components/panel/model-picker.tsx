"use client";

import { useId } from "react";
import { findModel, type ModelInfo } from "@/lib/models";
import { LIFECYCLE_GROUP, lifecycleNote, optionLabel } from "@/lib/models/lifecycle";
import type { ModelChoice } from "@/lib/models/merge-upstream";
import { clampToModel } from "@/lib/store/request-edits";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { formatNumber } from "@/lib/format/number";
import { useModelLookup } from "../hooks/use-model-lookup";
import { FieldIssue } from "./field-issue";
import { useModelChoices } from "./use-model-choices";

const thousands = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${Math.round(n / 1000)}K` : String(n);

/** The choices in the list's groups: current, legacy, deprecated, the profile's own models, the rest. */
function grouped(choices: ModelChoice[], profileName: string | undefined): [string, ModelChoice[]][] {
  const groups = new Map<string, ModelChoice[]>();
  const add = (group: string, choice: ModelChoice) => groups.set(group, [...(groups.get(group) ?? []), choice]);
  for (const choice of choices) {
    if (!choice.info) add("Other models", choice);
    else if (!findModel(choice.id)) add(profileName ?? "Upstream profile", choice);
    else add(LIFECYCLE_GROUP[choice.info.lifecycle.status], choice);
  }
  const order = [...Object.values(LIFECYCLE_GROUP), profileName ?? "Upstream profile", "Other models"];
  return order.flatMap((name) => (groups.has(name) ? [[name, groups.get(name)!] as [string, ModelChoice[]]] : []));
}

/** "200K context · 32,768 max output · vision", and whose limits they are when a profile changed them. */
function limitsLine(info: ModelInfo, catalogued: ModelInfo | undefined, profileName: string | undefined): string {
  const own =
    profileName && (info.contextWindow !== catalogued?.contextWindow || info.maxOutput !== catalogued?.maxOutput)
      ? ` (${profileName})`
      : "";
  return `${thousands(info.contextWindow)} context · ${formatNumber(info.maxOutput)} max output${info.vision ? " · vision" : ""}${own}`;
}

export function ModelPicker() {
  const model = usePlaygroundStore((s) => s.request.model);
  const updateRequest = usePlaygroundStore((s) => s.updateRequest);
  const profileErrors = usePlaygroundStore((s) => s.profileErrors);
  const models = useModelLookup();
  const choices = useModelChoices(model);
  const id = useId();
  const noteId = useId();
  const info = models.find(model);
  const note = info && lifecycleNote(info);

  const choose = (next: string) =>
    // Switching model clamps max_tokens; what else no longer fits is flagged by validation.
    updateRequest((request) => clampToModel({ ...request, model: next }, { maxOutput: models.find(next)?.maxOutput }));

  return (
    <div>
      <label htmlFor={id} className="field-label">
        Model
      </label>
      <select
        id={id}
        className="field-input"
        value={model}
        aria-describedby={note ? noteId : undefined}
        onChange={(e) => choose(e.target.value)}
      >
        {grouped(choices, models.profileName).map(([group, list]) => (
          <optgroup key={group} label={group}>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.info ? optionLabel(c.info) : `${c.label} (limits unknown)`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="mt-1 text-xs text-muted" data-testid="model-limits">
        {info
          ? limitsLine(info, findModel(model), models.profileName)
          : "Not in the catalogue: context window and max output unknown"}
      </p>
      {note && (
        <p
          id={noteId}
          data-testid="model-lifecycle"
          className={`mt-0.5 text-xs ${info.lifecycle.status === "deprecated" ? "text-amber-800 dark:text-amber-300" : "text-muted"}`}
        >
          {note}
        </p>
      )}
      {profileErrors.length > 0 && (
        <p role="status" className="mt-1 text-xs text-amber-800 dark:text-amber-300">
          The server's upstream profile was ignored, so limits and prices are Anthropic's: {profileErrors.join(" ")}
        </p>
      )}
      <FieldIssue path="model" />
    </div>
  );
}
