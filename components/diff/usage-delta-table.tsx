import { formatNumber } from "@/lib/format/number";
import { percentChange, signed, type UsageDelta } from "@/lib/diff/usage";
import { formatCost, formatTokens, formatUsd } from "@/lib/usage/format";
import { approx } from "@/lib/usage/run-usage";

const cell = "px-1.5 py-1 text-right align-top font-mono tabular-nums whitespace-nowrap sm:px-2";

/** "+12" or "−3" (a real minus), and the change in percent when the first figure is not zero. */
function Delta({
  delta,
  before,
  after,
  format,
}: {
  delta: number;
  before: number;
  after: number;
  format: (n: number) => string;
}) {
  const percent = percentChange(before, after);
  return (
    <>
      {signed(delta, format)}
      {/* On a phone the percentage takes a line of its own: the table fits without scrolling sideways. */}
      {percent && <span className="block text-xs text-muted sm:inline"> ({percent})</span>}
    </>
  );
}

/** Tokens by kind and cost, for A and B, with B − A. */
export function UsageDeltaTable({ usage }: { usage: UsageDelta }) {
  const { cost } = usage;
  return (
    <div>
      <table className="w-full text-sm">
        <caption className="sr-only">Usage and cost of A and B, and the difference B minus A</caption>
        <thead className="text-xs text-muted">
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="col" className="px-2 py-1 text-left font-medium">
              Tokens
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              A
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              B
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              B − A
            </th>
          </tr>
        </thead>
        <tbody>
          {usage.figures.map((f) => (
            <tr key={f.label} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {f.label}
              </th>
              <td className={cell}>{approx(usage.estimated.before && f.label === "Output", formatTokens(f.before))}</td>
              <td className={cell}>{approx(usage.estimated.after && f.label === "Output", formatTokens(f.after))}</td>
              <td className={cell}>
                <Delta delta={f.delta} before={f.before} after={f.after} format={formatNumber} />
              </td>
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row" className="px-2 py-1 text-left">
              Cost
            </th>
            <td className={cell} title={cost.before.known ? undefined : cost.before.reason}>
              {formatCost(cost.before)}
            </td>
            <td className={cell} title={cost.after.known ? undefined : cost.after.reason}>
              {formatCost(cost.after)}
            </td>
            <td className={cell}>
              {cost.delta === null || !cost.before.known || !cost.after.known ? (
                "unknown"
              ) : (
                <Delta delta={cost.delta} before={cost.before.usd} after={cost.after.usd} format={formatUsd} />
              )}
            </td>
          </tr>
        </tbody>
      </table>
      {(!cost.before.known || !cost.after.known) && (
        <p className="mt-1 text-xs text-muted">
          Cost unknown for {[!cost.before.known && "A", !cost.after.known && "B"].filter(Boolean).join(" and ")}:{" "}
          {[cost.before, cost.after].map((c) => (c.known ? "" : c.reason)).filter(Boolean)[0]}.
        </p>
      )}
      {(usage.estimated.before || usage.estimated.after) && (
        <p className="mt-1 text-xs text-muted">≈ An output count is estimated from the text received.</p>
      )}
    </div>
  );
}
