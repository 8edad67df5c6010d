"use client";

import { modelLookup, type ModelLookup } from "@/lib/models/lookup";
import { usePlaygroundStore } from "@/lib/store/playground-store";

/** The models as the server's upstream serves them: the catalogue with the upstream's profile laid over it. One
 * lookup per profile object, so what is keyed on it (validation's cache) stays valid until the profile changes. */
export function useModelLookup(): ModelLookup {
  return modelLookup(usePlaygroundStore((s) => s.profile));
}
