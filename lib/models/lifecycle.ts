// A model's place in its life, in words for the model picker: which group it is listed in, and what to say of it.
import type { ModelInfo } from "./types";

const DATE = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** "Jan 22, 2027" from "2027-01-22". */
export const formatDay = (date: string) => DATE.format(new Date(`${date}T00:00:00Z`));

export const LIFECYCLE_GROUP = { active: "Current", legacy: "Legacy", deprecated: "Deprecated" } as const;

/** What the picker says under a model that is not current; nothing for a current one. */
export function lifecycleNote(model: ModelInfo): string | undefined {
  const { status, retires } = model.lifecycle;
  if (status === "deprecated")
    return retires
      ? `Deprecated: retires ${formatDay(retires)}, when calls to it start failing.`
      : "Deprecated: a newer model is recommended.";
  if (status === "legacy") return "Legacy: still available, no longer updated.";
  return undefined;
}

/** The option's own words: a deprecated model carries its retirement, so the list says it without opening a note. */
export function optionLabel(model: ModelInfo): string {
  const { status, retires } = model.lifecycle;
  return status === "deprecated" && retires ? `${model.label} (retires ${formatDay(retires)})` : model.label;
}
