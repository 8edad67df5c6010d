"use client";

import { formatDateTime } from "@/lib/format/date";
import type { TrafficStats } from "@/lib/traffic/types";
import { formatUsd } from "@/lib/usage/format";

const H = 64;

/** Calls over time (errors on top, in red), one bar per bucket of the series the server sums for the filter. */
export function TrafficChart({ stats }: { stats: TrafficStats }) {
  const buckets = stats.buckets;
  const max = Math.max(1, ...buckets.map((b) => b.calls));
  const width = 100 / Math.max(buckets.length, 1);
  const first = buckets[0]?.start;
  const last = buckets.at(-1);
  return (
    <figure className="min-w-0 flex-1 basis-60">
      <svg
        viewBox={`0 0 100 ${H}`}
        preserveAspectRatio="none"
        className="h-16 w-full"
        role="img"
        aria-label={`Calls over time: ${stats.totals.calls} in ${buckets.length} intervals`}
      >
        {buckets.map((b, i) => {
          const ok = b.calls - b.errors;
          const okH = (ok / max) * H;
          const errH = (b.errors / max) * H;
          return (
            <g key={b.start}>
              <title>{`${formatDateTime(b.start)}: ${b.calls} calls, ${b.errors} errors, ${b.tokens} tokens, ${formatUsd(b.costUsd)}`}</title>
              <rect
                x={i * width + width * 0.1}
                width={width * 0.8}
                y={H - okH}
                height={okH}
                className="fill-indigo-500"
              />
              <rect
                x={i * width + width * 0.1}
                width={width * 0.8}
                y={H - okH - errH}
                height={errH}
                className="fill-red-500"
              />
            </g>
          );
        })}
      </svg>
      {first !== undefined && last && (
        <figcaption className="flex justify-between text-xs text-muted">
          <span>{formatDateTime(first)}</span>
          <span>{formatDateTime(last.start + stats.bucketMs)}</span>
        </figcaption>
      )}
    </figure>
  );
}
