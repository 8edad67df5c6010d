// The model list the panel offers: the catalogue merged with what the upstream's /v1/models lists.
import type { ModelInfo } from "./catalogue";

export interface ModelChoice {
  id: string;
  label: string;
  /** The catalogue's facts; absent for a model only the upstream knows (its limits are unknown). */
  info?: ModelInfo;
  /** Listed by the upstream's /v1/models (unknown until it answers). */
  upstream: boolean;
}

interface UpstreamModel {
  id?: unknown;
  display_name?: unknown;
}

/** Reads `{data: [{id, display_name}]}` loosely: anything malformed is skipped, never an error. */
export function parseUpstreamModels(body: unknown): { id: string; label: string }[] {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return [];
  return data
    .filter((m: UpstreamModel) => typeof m?.id === "string" && m.id !== "")
    .map((m: UpstreamModel) => ({
      id: m.id as string,
      label: typeof m.display_name === "string" ? m.display_name : (m.id as string),
    }));
}

export function mergeModels(
  catalogue: readonly ModelInfo[],
  upstream: readonly { id: string; label: string }[],
  current?: string,
): ModelChoice[] {
  const listed = new Set(upstream.map((m) => m.id));
  const known = new Set(catalogue.map((m) => m.id));
  const choices: ModelChoice[] = catalogue.map((info) => ({
    id: info.id,
    label: info.label,
    info,
    upstream: listed.has(info.id),
  }));
  for (const m of upstream) if (!known.has(m.id)) choices.push({ id: m.id, label: m.label, upstream: true });
  if (current && !choices.some((c) => c.id === current)) choices.push({ id: current, label: current, upstream: false });
  return choices;
}
