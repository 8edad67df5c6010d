"use client";

import { ScrollBox } from "@/components/ui/scroll-box";
import { removeItem } from "@/lib/store/request-edits";
import { thumbnailUrl } from "./image-input";
import { CacheToggle, IconButton } from "./small-controls";

type Block = Record<string, unknown>;
const size = (bytes: number) => (bytes < 1024 ? `${Math.round(bytes)} B` : `${(bytes / 1024).toFixed(0)} KB`);
interface Props {
  turn: number;
  index: number;
  blocks: Block[];
  onChange: (blocks: Block[]) => void;
}

/** A content block after the turn's main text: another text, an image, a tool_result, or any other type. */
export function BlockEditor({ turn, index, blocks, onChange }: Props) {
  const block = blocks[index];
  const label = `Turn ${turn + 1} block ${index + 1}`;
  const set = (patch: Block) => onChange(blocks.map((b, i) => (i === index ? { ...b, ...patch } : b)));
  return (
    <div className="mt-2 rounded border border-dashed border-slate-300 p-2 dark:border-slate-700">
      <div className="mb-1 flex items-center justify-between text-xs text-muted">
        <span className="font-mono">{String(block.type)}</span>
        <IconButton label={`Remove ${label.toLowerCase()}`} onClick={() => onChange(removeItem(blocks, index))}>
          ✕
        </IconButton>
      </div>
      <BlockBody block={block} label={label} set={set} />
      <CacheToggle index={turn} block={index} blocks={blocks} onChange={onChange} />
    </div>
  );
}

function BlockBody({ block, label, set }: { block: Block; label: string; set: (patch: Block) => void }) {
  if (block.type === "text") {
    return (
      <textarea
        aria-label={`${label} text`}
        rows={2}
        className="field-input resize-y"
        value={String(block.text ?? "")}
        onChange={(e) => set({ text: e.target.value })}
      />
    );
  }
  if (block.type === "image") {
    const url = thumbnailUrl(block);
    const source = block.source as { media_type?: string; data?: string; url?: string } | undefined;
    return (
      <div className="flex items-center gap-2 text-xs text-muted">
        {url ? (
          // A data: URL built from the block's own bytes (a remote URL is never loaded): nothing for next/image to do.
          // biome-ignore lint/performance/noImgElement: see above
          <img src={url} alt={label} className="h-14 w-14 rounded object-cover" />
        ) : null}
        <span>
          {source?.media_type ?? source?.url ?? "image"}
          {source?.data ? ` · ${size((source.data.length * 3) / 4)}` : ""}
        </span>
      </div>
    );
  }
  if (block.type === "tool_result") {
    const content = block.content;
    return (
      <div className="flex flex-col gap-1">
        <input
          aria-label={`${label} tool_use_id`}
          placeholder="tool_use_id (toolu_…)"
          className="field-input font-mono text-xs"
          value={String(block.tool_use_id ?? "")}
          onChange={(e) => set({ tool_use_id: e.target.value })}
        />
        {typeof content === "string" || content === undefined ? (
          <textarea
            aria-label={`${label} result`}
            rows={2}
            placeholder="Result"
            className="field-input resize-y"
            value={content ?? ""}
            onChange={(e) => set({ content: e.target.value })}
          />
        ) : (
          <p className="text-xs text-muted">
            Result with {Array.isArray(content) ? content.length : 1} block(s): edit it in the JSON.
          </p>
        )}
        <label className="flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            checked={block.is_error === true}
            onChange={(e) => set({ is_error: e.target.checked || undefined })}
          />
          is_error
        </label>
      </div>
    );
  }
  return (
    // Focusable: a long block scrolls in its box, and the keyboard must reach it to scroll it (axe: scrollable-region-focusable).
    <ScrollBox
      label={`${label} as JSON (edit it in the JSON editor)`}
      className="max-h-24 overflow-auto whitespace-pre-wrap break-all rounded text-xs text-slate-600 dark:text-slate-400"
    >
      {JSON.stringify(block, null, 1).slice(0, 400)}
    </ScrollBox>
  );
}
