// The model catalogue: every model fact the panel, validation, simulator and cost figures read.
// Data, not branches: a rule that differs per model is a field here, never an `if (model === …)` in code.
// Each entry names where its facts come from. Issue #3 owns completing and sourcing this table.

export type EffortLevel = "low" | "medium" | "high" | "xhigh" | "max";

/** How a model treats manual thinking (`{type:"enabled", budget_tokens}`). */
export type ManualThinking = "supported" | "deprecated" | "refused" | "none";

export interface ModelPrices {
  /** USD per million tokens. */
  input: number;
  output: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  cacheRead: number;
  source: string;
  /** When the price was read from its source (YYYY-MM-DD). */
  date: string;
}

export interface ModelInfo {
  id: string;
  label: string;
  contextWindow: number;
  maxOutput: number;
  manualThinking: ManualThinking;
  adaptiveThinking: boolean;
  /** `output_config.effort` levels the model accepts; empty when it has no effort control. */
  effort: EffortLevel[];
  /** Sampling the model accepts. Newer models fix temperature and top_p and refuse top_k. */
  sampling: { temperature: boolean; topP: { min: number }; topK: boolean };
  vision: boolean;
  tools: boolean;
  caching: boolean;
  /** Below this many tokens a cache breakpoint caches nothing. */
  minCacheableTokens: number;
  prices: ModelPrices | null;
  sources: string[];
}

const ANTHROPIC_PRICING = "https://docs.anthropic.com/en/docs/about-claude/pricing";
const ANTHROPIC_MODELS = "https://docs.anthropic.com/en/docs/about-claude/models/overview";
const BRIEF = "shared/brief/gateway-model-page.txt (gateway page for claude-opus-4-6)";

function prices(input: number, output: number, date = "2026-11-25"): ModelPrices {
  // Cache writes cost 1.25× input for the 5-minute lifetime and 2× for 1 hour; reads 0.1×.
  return {
    input,
    output,
    cacheWrite5m: +(input * 1.25).toFixed(4),
    cacheWrite1h: input * 2,
    cacheRead: +(input * 0.1).toFixed(4),
    source: ANTHROPIC_PRICING,
    date,
  };
}

const FREE_SAMPLING = { temperature: true, topP: { min: 0 }, topK: true } as const;
const FIXED_SAMPLING = { temperature: false, topP: { min: 0.99 }, topK: false } as const;

export const MODELS: readonly ModelInfo[] = [
  {
    id: "claude-opus-4-8",
    label: "Claude Opus 4.8",
    contextWindow: 200_000,
    maxOutput: 128_000,
    manualThinking: "refused",
    adaptiveThinking: true,
    effort: ["low", "medium", "high", "xhigh", "max"],
    sampling: FIXED_SAMPLING,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 4096,
    prices: prices(5, 25),
    sources: [ANTHROPIC_MODELS, BRIEF],
  },
  {
    id: "claude-opus-4-6",
    label: "Claude Opus 4.6",
    contextWindow: 200_000,
    maxOutput: 32_768,
    manualThinking: "deprecated",
    adaptiveThinking: true,
    effort: ["low", "medium", "high", "max"],
    sampling: FREE_SAMPLING,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 4096,
    prices: prices(5, 25),
    sources: [BRIEF, ANTHROPIC_MODELS],
  },
  {
    id: "claude-sonnet-4-6",
    label: "Claude Sonnet 4.6",
    contextWindow: 200_000,
    maxOutput: 64_000,
    manualThinking: "deprecated",
    adaptiveThinking: true,
    effort: ["low", "medium", "high", "max"],
    sampling: FREE_SAMPLING,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 2048,
    prices: prices(3, 15),
    sources: [ANTHROPIC_MODELS, BRIEF],
  },
  {
    id: "claude-opus-4-5",
    label: "Claude Opus 4.5",
    contextWindow: 200_000,
    maxOutput: 64_000,
    manualThinking: "supported",
    adaptiveThinking: false,
    effort: [],
    sampling: FREE_SAMPLING,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 4096,
    prices: prices(5, 25),
    sources: [ANTHROPIC_MODELS, BRIEF],
  },
  {
    id: "claude-haiku-4-5",
    label: "Claude Haiku 4.5",
    contextWindow: 200_000,
    maxOutput: 64_000,
    manualThinking: "supported",
    adaptiveThinking: false,
    effort: [],
    sampling: FREE_SAMPLING,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 4096,
    prices: prices(1, 5),
    sources: [ANTHROPIC_MODELS],
  },
];

export const DEFAULT_MODEL_ID = "claude-opus-4-6";
