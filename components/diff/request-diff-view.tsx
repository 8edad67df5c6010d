"use client";

import { useMemo } from "react";
import { describeSplit, diffRequests } from "@/lib/diff/requests";
import type { RequestBody } from "@/lib/messages/types";
import { plural } from "@/lib/format/number";
import { FieldChangeList } from "./field-change-list";
import { DiffSection } from "./diff-section";

/** Two requests by field, with the field where B stops reading A's prompt cache marked, and said in words above. */
export function RequestDiffView({ a, b }: { a: RequestBody; b: RequestBody }) {
  const diff = useMemo(() => diffRequests(a, b), [a, b]);
  const breaks = Boolean(diff.split?.brokenBreakpoints.length);
  return (
    <div className="space-y-4">
      <p
        data-testid="cache-split"
        className={`rounded-md border p-2 text-sm ${breaks ? "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-50" : "border-slate-200 dark:border-slate-700"}`}
      >
        <span className="font-semibold">Prompt cache: </span>
        {describeSplit(diff)}
      </p>
      <DiffSection
        title="Request JSON"
        note={
          diff.changes.length
            ? `${plural(diff.changes.length, "field")} ${diff.changes.length === 1 ? "differs" : "differ"}`
            : "the requests are the same"
        }
      >
        {diff.changes.length > 0 && (
          <FieldChangeList
            label="Changed fields of the request"
            rootName="the request"
            changes={diff.changes}
            marked={breaks ? diff.splitChange : -1}
            markText="the cache prefix breaks here"
          />
        )}
      </DiffSection>
    </div>
  );
}
