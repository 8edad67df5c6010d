"use client";

import { useId } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";

/** Stream on/off and metadata.user_id. */
export function MiscFields() {
  const stream = usePlaygroundStore((s) => s.request.stream);
  const userId = usePlaygroundStore((s) => (s.request.metadata as { user_id?: unknown } | undefined)?.user_id);
  const setField = usePlaygroundStore((s) => s.setField);
  const setPath = usePlaygroundStore((s) => s.setPath);
  const userIdId = useId();
  return (
    <div className="grid grid-cols-[auto_minmax(0,1fr)] items-end gap-3">
      <label className="flex items-center gap-1.5 pb-2 text-sm">
        <input
          type="checkbox"
          checked={stream === true}
          onChange={(e) => setField("stream", e.target.checked ? true : undefined)}
        />
        Stream
      </label>
      <div>
        <label htmlFor={userIdId} className="field-label">
          User ID (metadata.user_id)
        </label>
        <input
          id={userIdId}
          className="field-input"
          placeholder="not sent"
          value={typeof userId === "string" ? userId : ""}
          onChange={(e) => setPath(["metadata", "user_id"], e.target.value || undefined)}
        />
        <FieldIssue path="metadata" />
      </div>
    </div>
  );
}
