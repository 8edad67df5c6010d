// An upstream profile as plain data: what the page holds and the model lookup reads. Parsing one (with its schema)
// is profile.ts's, which the page does not need: it receives profiles already parsed, as JSON.
import type { ModelInfo, PromptTooLong } from "./types";

/** What a profile says of one model, ready to lay over the catalogue's entry (prices already as prices). */
export type ModelOverride = Partial<
  Pick<
    ModelInfo,
    | "label"
    | "contextWindow"
    | "maxOutput"
    | "prices"
    | "promptTooLong"
    | "released"
    | "manualThinking"
    | "adaptiveThinking"
    | "thinkingAlwaysOn"
    | "thinkingByDefault"
    | "effort"
    | "defaultEffort"
    | "vision"
    | "tools"
    | "caching"
    | "minCacheableTokens"
    | "prefill"
  >
> & { source?: string };

/** A parsed profile: plain data (the server sends it to the page as JSON). */
export interface UpstreamProfile {
  name?: string;
  source?: string;
  promptTooLong?: PromptTooLong;
  models: Record<string, ModelOverride>;
}

export const NO_PROFILE: UpstreamProfile = { models: {} };
