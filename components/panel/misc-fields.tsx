"use client";

import { useId } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";

/** Stream on/off, automatic caching and metadata.user_id. */
export function MiscFields() {
  const stream = usePlaygroundStore((s) => s.request.stream);
  const automatic = usePlaygroundStore((s) => s.request.cache_control);
  const userId = usePlaygroundStore((s) => (s.request.metadata as { user_id?: unknown } | undefined)?.user_id);
  const setField = usePlaygroundStore((s) => s.setField);
  const setPath = usePlaygroundStore((s) => s.setPath);
  const userIdId = useId();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        <label className="flex items-center gap-1.5 text-sm">
          <input
            type="checkbox"
            checked={stream === true}
            onChange={(e) => setField("stream", e.target.checked ? true : undefined)}
          />
          Stream
        </label>
        <label
          className="flex items-center gap-1.5 text-sm"
          title="A top-level cache_control: the prompt is cached up to its last block, which moves as the conversation grows"
        >
          <input
            type="checkbox"
            checked={Boolean(automatic)}
            onChange={(e) => setField("cache_control", e.target.checked ? { type: "ephemeral" } : undefined)}
          />
          Cache automatically
        </label>
      </div>
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
