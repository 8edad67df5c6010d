// Tokens per call stacked by kind, and cost per call, as hand-written SVG (no chart library needed).
import { useEffect, useRef, useState } from "react";
import type { CallRow } from "@/lib/history/table";
import { formatCallTime } from "@/lib/format/date";
import { formatCost, formatTokens, formatUsd } from "@/lib/usage/format";
import { KINDS, type ChartKind } from "./kinds";

const MAX_BARS = 80;
/** The drawing's width in its own units: at most this, and on a box narrower than that the box's width in pixels, so
 * that the labels keep their 10 px (scaled to a phone's width, they were about 4 px). */
const MAX_W = 1000;
const TOKENS_H = 120;
const COST_H = 50;
const PAD_LEFT = 56;

function amounts(row: CallRow): Record<ChartKind, number> {
  const t = row.tokens;
  return { input: t.input, cacheRead: t.cacheRead, cacheWrite: t.cacheWrite5m + t.cacheWrite1h, output: t.output };
}

/** 1, 2, 5 × 10ⁿ: an axis maximum that reads well. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

const compact = (n: number) =>
  n >= 1e6 ? `${+(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${+(n / 1e3).toFixed(1)}k` : String(n);

/** The width to draw at: the figure's own, up to MAX_W. */
function useDrawingWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(MAX_W);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.min(MAX_W, Math.max(240, Math.round(entry.contentRect.width)))),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export function HistoryChart({ rows }: { rows: CallRow[] }) {
  const { ref, width: W } = useDrawingWidth();
  // Oldest on the left, like a timeline; the table above sorts, the chart does not.
  const shown = [...rows].sort((a, b) => a.call.startedAt - b.call.startedAt).slice(-MAX_BARS);
  if (!shown.length) return <figure ref={ref} />;
  const tokenMax = niceMax(Math.max(...shown.map((r) => Object.values(amounts(r)).reduce((a, b) => a + b, 0))));
  const costMax = niceMax(Math.max(...shown.map((r) => (r.cost.known ? r.cost.usd : 0)), 0));
  const slot = (W - PAD_LEFT) / Math.max(shown.length, 20);
  const bar = Math.max(2, slot * 0.7);
  const x = (i: number) => PAD_LEFT + i * slot + (slot - bar) / 2;
  const total = shown.reduce(
    (sum, r) =>
      sum + r.tokens.input + r.tokens.cacheRead + r.tokens.cacheWrite5m + r.tokens.cacheWrite1h + r.tokens.output,
    0,
  );

  return (
    <figure ref={ref} className="space-y-2">
      <ul
        className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400"
        aria-label="Chart legend"
      >
        {KINDS.map((k) => (
          <li key={k.kind} className="flex items-center gap-1.5">
            <span aria-hidden className={`size-2.5 rounded-sm ${k.swatch}`} />
            {k.label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm bg-slate-500" />
          Cost
        </li>
      </ul>
      <svg
        viewBox={`0 0 ${W} ${TOKENS_H + COST_H + 40}`}
        className="w-full"
        role="img"
        aria-label={`Tokens and cost of the last ${shown.length} calls: ${formatTokens(total)} tokens in all`}
      >
        <text x={PAD_LEFT - 6} y={10} textAnchor="end" className="fill-slate-500 text-[10px]">
          {compact(tokenMax)}
        </text>
        <text x={PAD_LEFT - 6} y={TOKENS_H} textAnchor="end" className="fill-slate-500 text-[10px]">
          0
        </text>
        <text x={4} y={TOKENS_H / 2} className="fill-slate-500 text-[10px]">
          tokens
        </text>
        <line x1={PAD_LEFT} x2={W} y1={TOKENS_H} y2={TOKENS_H} className="stroke-slate-300 dark:stroke-slate-700" />
        <line
          x1={PAD_LEFT}
          x2={W}
          y1={4}
          y2={4}
          strokeDasharray="2 3"
          className="stroke-slate-200 dark:stroke-slate-800"
        />
        {shown.map((row, i) => {
          let y = TOKENS_H;
          const values = amounts(row);
          return (
            <g key={row.call.id}>
              <title>{`${formatCallTime(row.call.startedAt)} · ${KINDS.map((k) => `${k.label} ${formatTokens(values[k.kind])}`).join(" · ")}`}</title>
              {KINDS.map((k) => {
                const h = (values[k.kind] / tokenMax) * (TOKENS_H - 4);
                y -= h;
                return h > 0 ? <rect key={k.kind} x={x(i)} y={y} width={bar} height={h} fill={k.fill} /> : null;
              })}
            </g>
          );
        })}
        {shown.length <= 40 &&
          shown.map((row, i) => (
            <text
              key={row.call.id}
              x={x(i) + bar / 2}
              y={TOKENS_H + 13}
              textAnchor="middle"
              className="fill-slate-400 text-[10px]"
            >
              {rows.length - shown.length + i + 1}
            </text>
          ))}
        <g transform={`translate(0 ${TOKENS_H + 24})`}>
          <text x={PAD_LEFT - 6} y={8} textAnchor="end" className="fill-slate-500 text-[10px]">
            {formatUsd(costMax)}
          </text>
          <text x={4} y={COST_H / 2} className="fill-slate-500 text-[10px]">
            cost
          </text>
          <line x1={PAD_LEFT} x2={W} y1={COST_H} y2={COST_H} className="stroke-slate-300 dark:stroke-slate-700" />
          {shown.map((row, i) => {
            const h = row.cost.known ? (row.cost.usd / costMax) * (COST_H - 4) : 0;
            return (
              <g key={row.call.id}>
                <title>{`Cost ${formatCost(row.cost)}`}</title>
                {row.cost.known ? (
                  <rect x={x(i)} y={COST_H - h} width={bar} height={h} className="fill-slate-500" />
                ) : (
                  <text x={x(i) + bar / 2} y={COST_H - 3} textAnchor="middle" className="fill-slate-400 text-[10px]">
                    ?
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
