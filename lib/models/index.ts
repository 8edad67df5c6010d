import { MODELS, type ModelInfo } from "./catalogue";

export * from "./catalogue";

const BY_ID = new Map(MODELS.flatMap((m) => [m.id, ...(m.aliases ?? [])].map((id) => [id, m] as const)));

/** The model for an id or one of its aliases (dated snapshot ids). */
export function findModel(id: string): ModelInfo | undefined {
  return BY_ID.get(id);
}
