import { MODELS, type ModelInfo } from "./catalogue";

export * from "./catalogue";

const BY_ID = new Map(MODELS.map((m) => [m.id, m]));

export function findModel(id: string): ModelInfo | undefined {
  return BY_ID.get(id);
}
