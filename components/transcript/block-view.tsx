"use client";

import { ScrollBox } from "@/components/ui/scroll-box";
import { memo } from "react";
import type { LiveBlock } from "@/lib/stream/accumulate";
import { JsonTextBlock } from "./json-text-block";
import { TextBlock } from "./text-block";
import { RedactedThinkingBlock, ThinkingBlock } from "./thinking-block";
import { SERVER_RESULT_TYPES, ServerResultBlock } from "./server-result-block";
import { ServerToolUseBlock } from "./server-tool-use-block";
import { ToolUseBlock } from "./tool-use-block";
import { BlockFrame, blockName } from "./block-frame";

/** One content block. Memoized on the block object: snapshots keep unchanged blocks' identity, so only the
 * live block re-renders each frame. `format`: the schema of the run's response format, whose text is JSON. */
export const BlockView = memo(function BlockView({
  block,
  index,
  format,
  ended = false,
}: {
  block: LiveBlock;
  index: number;
  format?: unknown;
  ended?: boolean;
}) {
  switch (block.type) {
    case "text":
      return format === undefined ? (
        <TextBlock block={block} index={index} />
      ) : (
        <JsonTextBlock block={block} index={index} schema={format} ended={ended} />
      );
    case "thinking":
      return <ThinkingBlock block={block} index={index} />;
    case "redacted_thinking":
      return <RedactedThinkingBlock block={block} index={index} />;
    case "tool_use":
      return <ToolUseBlock block={block} index={index} />;
    case "server_tool_use":
      return <ServerToolUseBlock block={block} index={index} />;
    default: {
      if (SERVER_RESULT_TYPES.has(block.type)) return <ServerResultBlock block={block} index={index} />;
      // Block types newer than this page: shown as their JSON.
      const json = JSON.stringify(block, null, 2);
      return (
        <BlockFrame index={index} tone="muted" title={String((block as { type: string }).type)} copyText={() => json}>
          <ScrollBox label={`JSON of ${blockName(index)}`} className="overflow-x-auto rounded font-mono text-xs">
            {json}
          </ScrollBox>
        </BlockFrame>
      );
    }
  }
});
