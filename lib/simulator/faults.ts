// Fault injection for tests and demos. Only the simulator reads this header; the real API ignores it.
//
//   x-simulator-fault: <fault>[, <fault>…]
//
//   401                 authentication_error before anything else
//   402                 billing_error: the wallet is exhausted
//   429                 rate_limit_error with `retry-after: 5` (`429=SECONDS` to choose)
//   500                 api_error
//   529                 overloaded_error
//   error-mid-stream    HTTP 200, some deltas, then `event: error` (overloaded_error) and the stream ends
//   drop-mid-stream     HTTP 200, some deltas, then the connection drops (no error event, no message_stop)
//   slow-headers        wait before sending the response headers (`slow-headers=MS`, default 3000)
//   redacted-thinking   thinking replies carry a `redacted_thinking` block instead of readable thinking
//   refusal             the reply stops part-way with stop_reason `refusal` and its `stop_details`
//                       (`refusal=CATEGORY`: cyber, bio, frontier_llm, reasoning_extraction, general_harms; default cyber)
//   context-window-exceeded  the reply stops part-way with stop_reason `model_context_window_exceeded`
//   pause-turn          a turn with server tools pauses (stop_reason `pause_turn`) after its first call
//                       (`pause-turn=N`: after N), rather than at the API's cap of 10
import type { ApiErrorType } from "@/lib/messages/types";
import { errorResponse } from "./responses";

export const FAULT_HEADER = "x-simulator-fault";

export interface Faults {
  status?: "401" | "402" | "429" | "500" | "529";
  retryAfterSeconds: number;
  midStream?: "error" | "drop";
  slowHeadersMs: number;
  redactedThinking: boolean;
  /** Server tool calls a turn runs before it pauses, when lowered for a test or a demo. */
  serverCallsPerTurn?: number;
  /** The reply stops part-way for this reason. */
  stop?: { reason: "refusal"; category: RefusalCategory } | { reason: "model_context_window_exceeded" };
}

export const REFUSAL_CATEGORIES = ["cyber", "bio", "frontier_llm", "reasoning_extraction", "general_harms"] as const;
export type RefusalCategory = (typeof REFUSAL_CATEGORIES)[number];

const STATUS_FAULTS: Record<NonNullable<Faults["status"]>, [ApiErrorType, string]> = {
  "401": ["authentication_error", "invalid x-api-key"],
  "402": ["billing_error", "Your wallet is exhausted: add credit to your account to continue."],
  "429": [
    "rate_limit_error",
    "This request would exceed the rate limit for your organization. Please try again later.",
  ],
  "500": ["api_error", "Internal server error"],
  "529": ["overloaded_error", "Overloaded"],
};

export function parseFaults(header: string | null): Faults {
  const faults: Faults = { retryAfterSeconds: 5, slowHeadersMs: 0, redactedThinking: false };
  for (const item of (header ?? "").split(",")) {
    const [name, value] = item.trim().toLowerCase().split("=");
    const number = Number(value);
    if (name in STATUS_FAULTS) {
      faults.status = name as Faults["status"];
      if (name === "429" && Number.isFinite(number) && value) faults.retryAfterSeconds = number;
    } else if (name === "error-mid-stream") faults.midStream = "error";
    else if (name === "drop-mid-stream") faults.midStream = "drop";
    else if (name === "slow-headers") faults.slowHeadersMs = Number.isFinite(number) && value ? number : 3000;
    else if (name === "redacted-thinking") faults.redactedThinking = true;
    else if (name === "refusal") {
      const category = REFUSAL_CATEGORIES.find((c) => c === value) ?? "cyber";
      faults.stop = { reason: "refusal", category };
    } else if (name === "context-window-exceeded") faults.stop = { reason: "model_context_window_exceeded" };
    else if (name === "pause-turn") faults.serverCallsPerTurn = Number.isInteger(number) && number > 0 ? number : 1;
  }
  return faults;
}

export function faultResponse(faults: Faults): Response | undefined {
  if (!faults.status) return undefined;
  const [type, message] = STATUS_FAULTS[faults.status];
  return errorResponse(
    type,
    message,
    faults.status === "429" ? { "retry-after": String(faults.retryAfterSeconds) } : {},
  );
}
