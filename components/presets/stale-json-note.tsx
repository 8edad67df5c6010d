"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";

/** Says so when the editor holds invalid JSON: shares and code use the last valid request. */
export function StaleJsonNote() {
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  if (!jsonError) return null;
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
      The request JSON in the editor is invalid right now; this uses the last valid request.
    </p>
  );
}
