"use client";

import { toggleCache } from "@/lib/store/request-edits";

export function CacheToggle({
  index,
  block,
  blocks,
  onChange,
}: {
  index: number;
  block: number;
  blocks: Record<string, unknown>[];
  onChange: (b: Record<string, unknown>[]) => void;
}) {
  return (
    <label className="mt-1 flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
      <input
        type="checkbox"
        aria-label={`Cache breakpoint on turn ${index + 1} block ${block + 1}`}
        checked={Boolean(blocks[block]?.cache_control)}
        onChange={(e) => {
          onChange(blocks.map((b, i) => (i === block ? toggleCache(b, e.target.checked) : b)));
        }}
      />
      Cache breakpoint
    </label>
  );
}

export function IconButton(props: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
      className="rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 disabled:opacity-30 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {props.children}
    </button>
  );
}
