// The usage a call is billed for, as far as the page knows it. A stream that is stopped, fails or drops before
// `message_delta` never reports its output tokens: `message_start` carries a placeholder (often 1), while the
// model did produce, and the API bills, what arrived. The output is then the estimate the live figures showed.
import type { LiveMessage } from "@/lib/stream/accumulate";
import type { LiveFigures } from "@/lib/stream/run-call";
import type { BillableUsage } from "./pricing";

export interface RunUsage {
  usage: BillableUsage;
  /** True when the output tokens are estimated from the text received, not reported by the API. */
  outputEstimated: boolean;
}

export function runUsage(run: { message?: LiveMessage; live?: LiveFigures; status?: string }): RunUsage | undefined {
  const usage = run.message?.usage;
  if (!usage) return undefined;
  // While the reply streams every figure is provisional anyway; once it ended without a final count, say so.
  if (run.status === "streaming" || !run.live?.estimated) return { usage, outputEstimated: false };
  return {
    usage: { ...usage, output_tokens: Math.max(usage.output_tokens ?? 0, run.live.outputTokens) },
    outputEstimated: true,
  };
}

/** "≈" before a figure that is an estimate. */
export const approx = (estimated: boolean | undefined, text: string) => (estimated ? `≈${text}` : text);
