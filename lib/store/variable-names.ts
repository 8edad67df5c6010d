import type { RequestBody } from "@/lib/messages/types";
import { findAllVariables } from "@/lib/variables/variables";

let lastVariants: unknown = null;
let lastNames: string[] = [];

/** The {{variables}} of every variant, as a store selector: the same array while the names stay the same, so that the
 * views of them (the Variables panel, the test cases' table) re-render when a variable comes or goes, not at every key
 * typed in a request. */
export function selectVariableNames(state: { variants: readonly { request: RequestBody }[] }): string[] {
  if (state.variants === lastVariants) return lastNames;
  lastVariants = state.variants;
  const names = findAllVariables(state.variants.map((v) => v.request));
  if (names.length !== lastNames.length || names.some((name, i) => name !== lastNames[i])) lastNames = names;
  return lastNames;
}
