// What a call's cost is made of: the line under the token bar, the server-tool figures, and the cost's tooltip.
import type { ModelPrices } from "@/lib/models/catalogue";
import { formatNumber, plural } from "@/lib/format/number";
import { formatUsd } from "@/lib/usage/format";
import type { Cost, ServerToolCounts } from "@/lib/usage/pricing";
import { Figure } from "./figure";

type KnownCost = Extract<Cost, { known: true }>;

/** The cost by kind, largest first as they come in a bill: tokens, then server tools. */
function costLines(cost: KnownCost): [string, number][] {
  const p = cost.parts;
  return [
    ["input", p.input],
    ["cache read", p.cacheRead],
    ["cache write", p.cacheWrite5m + p.cacheWrite1h],
    ["output", p.output],
    ["web search", p.webSearch],
    ["web fetch", p.webFetch],
  ];
}

export function costHint(cost: Cost, prices: ModelPrices | null): string {
  if (!cost.known) return `Cost unknown: ${cost.reason}.`;
  const lines = costLines(cost)
    .filter(([kind, usd]) => usd > 0 || !kind.startsWith("web"))
    .map(([kind, usd]) => `${kind} ${formatUsd(usd)}`);
  const band = cost.longPrompt
    ? `\nLong-prompt rates: the prompt is over ${formatNumber(cost.longPrompt.aboveTokens)} tokens.`
    : "";
  return `${lines.join(" · ")}${band}\nPrices: ${prices?.source ?? ""} (${prices?.date ?? ""})`;
}

/** "input $0.01 · output $0.03 · web search $0.03": only the kinds that cost something. */
export function CostBreakdown({ cost }: { cost: KnownCost }) {
  const lines = costLines(cost).filter(([, usd]) => usd > 0);
  return (
    <div className="-mt-2 space-y-1 text-xs text-muted">
      {lines.length > 0 && (
        <p>
          <span className="sr-only">Cost by kind: </span>
          {lines.map(([kind, usd]) => `${kind} ${formatUsd(usd)}`).join(" · ")}
        </p>
      )}
      {cost.longPrompt && (
        <p>
          Billed at the long-prompt rates: the prompt is over {formatNumber(cost.longPrompt.aboveTokens)} tokens, so
          every token of the call costs more.
        </p>
      )}
    </div>
  );
}

/** Web searches and fetches the call made (`usage.server_tool_use`), each with what it cost; nothing when none. */
export function ServerToolFigures({ tools, cost }: { tools: ServerToolCounts; cost: Cost | undefined }) {
  const rows = [
    { label: "Web searches", count: tools.webSearch, usd: cost?.known ? cost.parts.webSearch : undefined },
    { label: "Web fetches", count: tools.webFetch, usd: cost?.known ? cost.parts.webFetch : undefined },
  ].filter((row) => row.count > 0);
  if (rows.length === 0) return null;
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-3 @md:grid-cols-4">
      {rows.map((row) => (
        <Figure
          key={row.label}
          label={row.label}
          value={`${formatNumber(row.count)} · ${row.usd === undefined ? "cost unknown" : formatUsd(row.usd)}`}
          hint={`${plural(row.count, "request")} reported in usage.server_tool_use`}
        />
      ))}
    </dl>
  );
}
