"use client";

import type { ReactNode } from "react";
import { duplicateItem, moveItem, removeItem } from "@/lib/store/request-edits";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { IconButton } from "./small-controls";

/** The top line of every tool card: its number, its own toggles (`children`), the cache breakpoint, and moving,
 * duplicating and removing it. */
export function ToolCardHeader({
  index,
  total,
  cached,
  children,
}: {
  index: number;
  total: number;
  cached: boolean;
  children?: ReactNode;
}) {
  const setPath = usePlaygroundStore((s) => s.setPath);
  const updateRequest = usePlaygroundStore((s) => s.updateRequest);
  const n = index + 1;
  const editTools = (edit: (tools: unknown[]) => unknown[]) =>
    updateRequest((r) => ({ ...r, tools: edit((r.tools as unknown[]) ?? []) }));
  return (
    <div className="mb-1 flex flex-wrap items-center gap-1">
      <span className="mr-auto text-xs font-medium text-slate-600 dark:text-slate-400">Tool {n}</span>
      {children}
      <label className="mr-1 flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
        <input
          type="checkbox"
          checked={cached}
          onChange={(e) =>
            setPath(["tools", index, "cache_control"], e.target.checked ? { type: "ephemeral" } : undefined)
          }
        />
        Cache
      </label>
      <IconButton
        label={`Move tool ${n} up`}
        disabled={index === 0}
        onClick={() => editTools((t) => moveItem(t, index, index - 1))}
      >
        ↑
      </IconButton>
      <IconButton
        label={`Move tool ${n} down`}
        disabled={index === total - 1}
        onClick={() => editTools((t) => moveItem(t, index, index + 1))}
      >
        ↓
      </IconButton>
      <IconButton label={`Duplicate tool ${n}`} onClick={() => editTools((t) => duplicateItem(t, index))}>
        Duplicate
      </IconButton>
      <IconButton label={`Remove tool ${n}`} onClick={() => editTools((t) => removeItem(t, index))}>
        ✕
      </IconButton>
    </div>
  );
}
