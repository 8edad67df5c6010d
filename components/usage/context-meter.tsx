// Input plus max_tokens against the model's context window, with the thinking budget marked inside
// the output share (thinking tokens are part of max_tokens).
import { DASH, formatTokens } from "@/lib/usage/format";

export interface ContextMeterProps {
  input: number;
  /** null while max_tokens as edited is not a valid number: the meter shows the input alone. */
  maxTokens: number | null;
  thinkingBudget: number | null;
  window: number;
}

const pct = (value: number, window: number) => `${Math.min(100, (value / window) * 100).toFixed(2)}%`;

export function ContextMeter({ input, maxTokens: given, thinkingBudget, window }: ContextMeterProps) {
  const maxTokens = given ?? 0;
  const used = input + maxTokens;
  const budget = thinkingBudget ? Math.min(thinkingBudget, maxTokens) : 0;
  const over = used > window;
  return (
    <div>
      <div className="mb-1 flex items-baseline justify-between text-xs text-muted">
        <span>Context window</span>
        <span className={`font-mono tabular-nums ${over ? "font-semibold text-red-700 dark:text-red-400" : ""}`}>
          {formatTokens(used)} / {formatTokens(window)} ({((used / window) * 100).toFixed(1)}%)
        </span>
      </div>
      <div
        role="meter"
        aria-label="Context window use"
        aria-valuemin={0}
        aria-valuemax={window}
        aria-valuenow={Math.min(used, window)}
        aria-valuetext={`${formatTokens(input)} input and ${given === null ? "no valid" : formatTokens(maxTokens)} max output tokens of ${formatTokens(window)}${budget ? `, thinking budget ${formatTokens(budget)}` : ""}`}
        className="relative flex h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className="h-full bg-indigo-500" style={{ width: pct(input, window) }} />
        {budget > 0 && (
          <div
            className="h-full bg-violet-500 bg-[repeating-linear-gradient(135deg,transparent_0_3px,rgba(255,255,255,.35)_3px_6px)]"
            style={{ width: pct(budget, window) }}
          />
        )}
        <div className="h-full bg-sky-400" style={{ width: pct(maxTokens - budget, window) }} />
      </div>
      <ul className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <li className="flex items-center gap-1">
          <span aria-hidden className="size-2 rounded-sm bg-indigo-500" />
          input {formatTokens(input)}
        </li>
        {budget > 0 && (
          <li className="flex items-center gap-1">
            <span aria-hidden className="size-2 rounded-sm bg-violet-500" />
            thinking budget {formatTokens(budget)}
          </li>
        )}
        <li className="flex items-center gap-1">
          <span aria-hidden className="size-2 rounded-sm bg-sky-400" />
          {budget > 0 ? "rest of max_tokens" : "max_tokens"} {given === null ? DASH : formatTokens(maxTokens - budget)}
        </li>
      </ul>
    </div>
  );
}
