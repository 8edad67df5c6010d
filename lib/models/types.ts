// The shape of a model's facts: what the catalogue holds per model, and what an upstream profile may override.
import type { ApiErrorType } from "@/lib/messages/types";

export type EffortLevel = "low" | "medium" | "high" | "xhigh" | "max";

/** How a model treats manual thinking (`{type:"enabled", budget_tokens}`). */
export type ManualThinking = "supported" | "deprecated" | "refused" | "none";

/** The model line, as the API's model objects name it (`ModelLine` in the SDK). */
export type ModelLine = "haiku" | "sonnet" | "opus" | "fable" | "mythos";

/**
 * Where a model is in its life, in the docs' words: `active` (current and recommended), `legacy` (still available,
 * no longer updated), `deprecated` (still callable, with a retirement date). Retired models leave the catalogue.
 */
export type LifecycleStatus = "active" | "legacy" | "deprecated";

export interface Lifecycle {
  status: LifecycleStatus;
  /** When the model was deprecated (YYYY-MM-DD); deprecated models only. */
  deprecated?: string;
  /** The scheduled retirement (YYYY-MM-DD): requests fail from then on. Deprecated models only. */
  retires?: string;
  /** The earliest retirement the model's page promises (YYYY-MM-DD), while none is scheduled. */
  retiresNotBefore?: string;
}

/** A price, or null where nobody here knows it (a cost that needs it is then unknown, never guessed). */
export type Rate = number | null;

/** USD per million tokens for each billed token kind. */
export interface TokenRates {
  input: Rate;
  output: Rate;
  cacheWrite5m: Rate;
  cacheWrite1h: Rate;
  cacheRead: Rate;
}

/** A model's prices: the catalogue's (every figure known), or a gateway's from its profile or price file. */
export interface ModelPrices extends TokenRates {
  /** USD per 1,000 server-tool requests, as `usage.server_tool_use` counts them. */
  webSearchPerThousand: Rate;
  webFetchPerThousand: Rate;
  /**
   * A long-prompt band: a call whose prompt (input, cache writes and cache reads together) is over `aboveTokens`
   * pays these rates on every token, output included.
   */
  longPrompt?: TokenRates & { aboveTokens: number };
  source: string;
  /** When the price was read from its source (YYYY-MM-DD). */
  date: string;
  /** Anything the figures do not say. */
  note?: string;
}

/**
 * How an upstream refuses a prompt over the context window, when it is not Anthropic's API (whose answer is 400
 * "prompt is too long: N tokens > M maximum"). `message` may hold {tokens}, {maximum} and {maximum_short}.
 */
export interface PromptTooLong {
  status: number;
  type: ApiErrorType;
  message: string;
}

/** What the API's model object lists under `capabilities` that no other fact here says (the simulator's /v1/models). */
export interface ModelFeatures {
  pdf: boolean;
  citations: boolean;
  structuredOutputs: boolean;
  batch: boolean;
  webSearch: boolean;
  codeExecution: boolean;
  /** Context editing (`clear_tool_uses`, `clear_thinking`). */
  contextEditing: boolean;
  /** Server-side compaction (`compact_20260112`). */
  compaction: boolean;
}

export interface ModelInfo {
  id: string;
  /** Other ids the API accepts for the model (dated snapshots); replies echo the id as requested. */
  aliases?: string[];
  label: string;
  /** null for a model of no known line (a gateway's own model). */
  line: ModelLine | null;
  /** Release date (YYYY-MM-DD); `/v1/models` answers it as `created_at`. */
  released: string;
  lifecycle: Lifecycle;
  contextWindow: number;
  maxOutput: number;
  manualThinking: ManualThinking;
  adaptiveThinking: boolean;
  /** Thinking cannot be turned off: `{type:"disabled"}` is refused and every reply thinks. */
  thinkingAlwaysOn: boolean;
  /** The model thinks when the request omits `thinking` (true whenever thinking is always on). */
  thinkingByDefault: boolean;
  /** `thinking: {type:"disabled"}` is accepted (false where thinking is always on, or turned off otherwise). */
  thinkingDisabled: boolean;
  /**
   * Thinking can be turned off (`disabled`, `between_tools`) only at this effort or lower: the request's effort,
   * else the model's default.
   */
  thinkingOffMaxEffort?: EffortLevel;
  /** `thinking: {type:"between_tools"}` is accepted. */
  thinkingBetweenTools: boolean;
  /** What thinking blocks show when the request does not set `thinking.display`: the text, or nothing. */
  thinkingDisplay: "summarized" | "omitted";
  /**
   * A `tool_choice` that forces tool use (`any`, `tool`): `refused` always returns 400; `refused-with-thinking`
   * returns 400 only when the request turns thinking on.
   */
  forcedToolChoice: "refused" | "refused-with-thinking";
  /** `output_config.effort` levels the model accepts; empty when it has no effort control. */
  effort: EffortLevel[];
  defaultEffort: EffortLevel | null;
  /**
   * Sampling the model accepts. `temperature: false` means only the default (1); `topP.min` is the lowest
   * top_p accepted; `topK: false` refuses top_k; `temperatureWithTopP: false` refuses both in one request.
   */
  sampling: { temperature: boolean; topP: { min: number }; topK: boolean; temperatureWithTopP: boolean };
  /** A final assistant turn (prefill) is accepted. */
  prefill: boolean;
  /** `role: "system"` messages are accepted in `messages` after a user turn. */
  systemMessages: boolean;
  vision: boolean;
  tools: boolean;
  caching: boolean;
  /** Below this many tokens a cache breakpoint caches nothing. */
  minCacheableTokens: number;
  features: ModelFeatures;
  /** Set by an upstream profile: how that upstream refuses an over-long prompt. Absent: as Anthropic's API does. */
  promptTooLong?: PromptTooLong;
  prices: ModelPrices | null;
  sources: string[];
  /** Where a single fact comes from, when it is not the model's own page (fact name → source). */
  factSources?: Partial<Record<keyof ModelInfo | "sampling.temperatureWithTopP" | "prices.cacheRead", string>>;
}

/** A model of the SDK's `Model` union that the catalogue leaves out on purpose, and why. */
export interface ExcludedModel {
  id: string;
  reason: string;
  source: string;
}
