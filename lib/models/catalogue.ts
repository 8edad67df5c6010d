// The model catalogue: every model fact the panel, validation, simulator and cost figures read.
// Data, not branches: a rule that differs per model is a field here, never an `if (model === …)` in code.
// Each entry names where its facts come from (`sources`, and `factSources` for a fact with its own source).
// Facts were read on 2026-11-25 through the project's documentation search (docs corpus).

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
  /** Anything the five figures do not say (tiers, “from” prices). */
  note?: string;
}

export interface ModelInfo {
  id: string;
  /** Other ids the API accepts for the model (dated snapshots); replies echo the id as requested. */
  aliases?: string[];
  label: string;
  /** Release date (YYYY-MM-DD); `/v1/models` answers it as `created_at`. */
  released: string;
  contextWindow: number;
  maxOutput: number;
  manualThinking: ManualThinking;
  adaptiveThinking: boolean;
  /** Thinking cannot be turned off: `{type:"disabled"}` is refused and every reply thinks. */
  thinkingAlwaysOn: boolean;
  /** What thinking blocks show when the request does not set `thinking.display`: the text, or nothing. */
  thinkingDisplay: "summarized" | "omitted";
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
  /** `role: "system"` messages are accepted in the conversation, right after a user turn. */
  systemMessages?: boolean;
  vision: boolean;
  tools: boolean;
  caching: boolean;
  /** Below this many tokens a cache breakpoint caches nothing. */
  minCacheableTokens: number;
  prices: ModelPrices | null;
  sources: string[];
  /** Where a single fact comes from, when it is not the model's own page (fact name → source). */
  factSources?: Partial<Record<keyof ModelInfo | "sampling.temperatureWithTopP", string>>;
}

const DOCS = "https://platform.claude.com/docs/en/models";
const page = (slug: string) => `${DOCS}/${slug}/overview`;
const OVERVIEW = "https://platform.claude.com/docs/about-claude/models/overview (current lineup)";
const BRIEF = "lib/models/sources/gateway-model-page.txt (the gateway page for claude-opus-4-6 in our brief)";
const ADAPTIVE_BEDROCK = "https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html";
const PREFILL_46 = "https://platform.claude.com/docs/en/about-claude/models/whats-new-claude-4-6#prefill-removal";
const TEMP_TOP_P =
  "API error “`temperature` and `top_p` cannot both be specified for this model” (github.com/langfuse/langfuse/issues/9882, Sonnet 4.5; github.com/Vali-98/ChatterUI/issues/564, Sonnet 4.6)";
const CACHE_MIN_4X =
  "Anthropic prompt-caching docs as quoted in github.com/anthropics/anthropic-sdk-python/issues/1194 (4096: Opus 4.6, Opus 4.5, Haiku 4.5; 1024: Sonnet 4.6)";
const CACHE_MIN_48 = "https://docs.litellm.ai/docs/completion/prompt_caching (Opus 4.8: 1024)";
const CACHE_MIN_55 =
  "https://openrouter.ai/docs/cookbook/evaluate-and-optimize/model-migrations/claude-5-5 (512-token minimum cacheable prompt)";
const SAMPLING_55 =
  "https://openrouter.ai/docs/cookbook/evaluate-and-optimize/model-migrations/claude-5-5 (non-default temperature, top_p, top_k and prefill not supported)";
const DISPLAY =
  "github.com/QwenLM/qwen-code/issues/8039 (thinking.display defaults to omitted on Opus 4.7+ and the 5.x families, summarized on Sonnet 4.6)";
const EFFORT_5 =
  "docs.rs harn-vm capability tests (Opus 5 family effort levels low…max incl. xhigh); github.com/NousResearch/hermes-agent/issues/11137 (xhigh since Opus 4.7)";

const DATE = "2026-11-25";

function prices(input: number, output: number, source: string, note?: string): ModelPrices {
  // Cache writes cost 1.25× input for the 5-minute lifetime and 2× for 1 hour, reads 0.1×: the ratios the
  // model pages' price lists show (Sonnet 5.5: $2 → $2.50 / $4 / $0.20). An entry overrides a figure that differs.
  return {
    input,
    output,
    cacheWrite5m: +(input * 1.25).toFixed(4),
    cacheWrite1h: +(input * 2).toFixed(4),
    cacheRead: +(input * 0.1).toFixed(4),
    source,
    date: DATE,
    ...(note ? { note } : {}),
  };
}

// Older models: any temperature 0–1, any top_p, top_k; 4.5+ refuse temperature and top_p together.
const FREE_SAMPLING = { temperature: true, topP: { min: 0 }, topK: true, temperatureWithTopP: false } as const;
// Opus 4.7 and later: sampling fixed at the defaults (API-NOTES: temperature 1, top_p ≥ 0.99, no top_k).
const FIXED_SAMPLING = { temperature: false, topP: { min: 0.99 }, topK: false, temperatureWithTopP: true } as const;
/** Every effort level the API knows, lowest first. */
export const ALL_EFFORT: EffortLevel[] = ["low", "medium", "high", "xhigh", "max"];

export const MODELS: readonly ModelInfo[] = [
  // ── The current public lineup (models overview) ─────────────────────────────────────────────
  {
    id: "claude-fable-5-1",
    label: "Claude Fable 5.1",
    released: "2026-10-07",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    manualThinking: "refused",
    adaptiveThinking: true,
    thinkingAlwaysOn: true,
    thinkingDisplay: "omitted",
    effort: ALL_EFFORT,
    defaultEffort: "high",
    sampling: FIXED_SAMPLING,
    prefill: false,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 512,
    prices: prices(10, 50, OVERVIEW),
    sources: [OVERVIEW, page("fable-5-1")],
    factSources: {
      thinkingDisplay: DISPLAY,
      id: "docs.rs claude-codes ClaudeModel::Fable51 (claude-fable-5-1)",
      released: "not found in the docs searched; set to the 5.5 lineup's first release (Haiku 5.5, 2026-10-07)",
      thinkingAlwaysOn:
        page("opus-5-5") +
        " (breaking changes shared with Fable 5.1: thinking cannot be disabled, forced tool use errors)",
      minCacheableTokens: CACHE_MIN_55,
      effort: EFFORT_5,
    },
  },
  {
    id: "claude-opus-5-5",
    label: "Claude Opus 5.5",
    released: "2026-09-28",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    manualThinking: "refused",
    adaptiveThinking: true,
    thinkingAlwaysOn: true,
    thinkingDisplay: "omitted",
    effort: ALL_EFFORT,
    defaultEffort: "medium",
    sampling: FIXED_SAMPLING,
    prefill: false,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 512,
    // The page lists $4 / $20, cache writes $5 (5m) and $8 (1h), cache read $0.20.
    prices: { ...prices(4, 20, page("opus-5-5")), cacheRead: 0.2 },
    sources: [page("opus-5-5"), OVERVIEW],
    factSources: {
      thinkingDisplay: DISPLAY,
      released: "apidog.com/jp/blog/claude-sonnet-5-5-claude-code (5.5 models in Claude Code v2.1.284, 2026-09-28)",
      minCacheableTokens: CACHE_MIN_55,
      sampling: SAMPLING_55,
      effort: EFFORT_5,
    },
  },
  {
    id: "claude-sonnet-5-5",
    label: "Claude Sonnet 5.5",
    released: "2026-09-28",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    manualThinking: "refused",
    adaptiveThinking: true,
    thinkingAlwaysOn: false,
    thinkingDisplay: "omitted",
    effort: ALL_EFFORT,
    defaultEffort: "high",
    sampling: FIXED_SAMPLING,
    prefill: false,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 512,
    // The page lists $2 / $10, cache writes $2.50 / $4, cache read $0.20.
    prices: prices(2, 10, page("sonnet-5-5")),
    sources: [page("sonnet-5-5"), OVERVIEW],
    factSources: {
      thinkingDisplay: DISPLAY,
      released: "apidog.com/jp/blog/claude-sonnet-5-5-claude-code (2026-09-28)",
      minCacheableTokens: CACHE_MIN_55,
      sampling: SAMPLING_55,
      effort: EFFORT_5,
    },
  },
  {
    id: "claude-haiku-5-5",
    label: "Claude Haiku 5.5",
    released: "2026-10-07",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    manualThinking: "refused",
    adaptiveThinking: true,
    thinkingAlwaysOn: false,
    thinkingDisplay: "omitted",
    effort: ALL_EFFORT,
    defaultEffort: "medium",
    sampling: FIXED_SAMPLING,
    prefill: false,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 512,
    prices: prices(
      0.1,
      0.5,
      page("haiku-5-5"),
      "for prompts up to 100,000 tokens; above: $0.50 in / $2.50 out / $0.625 5m write",
    ),
    sources: [page("haiku-5-5"), OVERVIEW],
    factSources: {
      thinkingDisplay: DISPLAY,
      minCacheableTokens: CACHE_MIN_55,
      sampling: SAMPLING_55,
      effort: EFFORT_5,
    },
  },
  // ── The models the gateway page in the brief names ─────────────────────────────────────────
  {
    id: "claude-opus-4-8",
    label: "Claude Opus 4.8",
    released: "2026-05-28",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    manualThinking: "refused",
    adaptiveThinking: true,
    thinkingAlwaysOn: false,
    thinkingDisplay: "omitted",
    effort: ALL_EFFORT,
    defaultEffort: "high",
    sampling: FIXED_SAMPLING,
    prefill: false,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 1024,
    prices: prices(5, 25, page("opus-4-8")),
    sources: [page("opus-4-8"), BRIEF],
    factSources: {
      thinkingDisplay: DISPLAY,
      manualThinking: `${ADAPTIVE_BEDROCK} (Opus 4.7+ only adaptive: manual returns 400)`,
      sampling:
        "github.com/NousResearch/hermes-agent/issues/11137 (Opus 4.7 refuses non-default temperature, top_p, top_k)",
      prefill: PREFILL_46,
      minCacheableTokens: CACHE_MIN_48,
      effort: EFFORT_5,
    },
  },
  {
    id: "claude-opus-4-6",
    label: "Claude Opus 4.6",
    released: "2026-02-05",
    // The gateway's limits (the brief); Anthropic's own page now gives 1M context and 128K output.
    contextWindow: 200_000,
    maxOutput: 32_768,
    manualThinking: "deprecated",
    adaptiveThinking: true,
    thinkingAlwaysOn: false,
    thinkingDisplay: "summarized",
    effort: ["low", "medium", "high", "max"],
    defaultEffort: "high",
    sampling: FREE_SAMPLING,
    prefill: false,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 4096,
    prices: prices(5, 25, page("opus-4-6")),
    sources: [BRIEF, page("opus-4-6")],
    factSources: {
      thinkingDisplay: DISPLAY,
      contextWindow: `${BRIEF} (Limits: Context window 200K tokens)`,
      maxOutput: `${BRIEF} (Limits: Max output 32768 tokens)`,
      manualThinking: ADAPTIVE_BEDROCK,
      effort:
        "https://openrouter.ai/docs/guides/guides/model-migrations/claude-4-6 (max effort on Opus 4.6 and Sonnet 4.6)",
      prefill: PREFILL_46,
      minCacheableTokens: CACHE_MIN_4X,
      "sampling.temperatureWithTopP": TEMP_TOP_P,
    },
  },
  {
    id: "claude-sonnet-4-6",
    label: "Claude Sonnet 4.6",
    released: "2026-02-17",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    manualThinking: "deprecated",
    adaptiveThinking: true,
    thinkingAlwaysOn: false,
    thinkingDisplay: "summarized",
    effort: ["low", "medium", "high", "max"],
    defaultEffort: "high",
    sampling: FREE_SAMPLING,
    prefill: false,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 1024,
    prices: prices(3, 15, page("sonnet-4-6")),
    sources: [page("sonnet-4-6"), BRIEF],
    factSources: {
      thinkingDisplay: DISPLAY,
      manualThinking: ADAPTIVE_BEDROCK,
      effort: "https://openrouter.ai/docs/guides/guides/model-migrations/claude-4-6",
      prefill: "github.com/livekit/agents/issues/4907 (Claude 4.6 models incl. Sonnet 4.6 refuse prefill)",
      minCacheableTokens: CACHE_MIN_4X,
      "sampling.temperatureWithTopP": TEMP_TOP_P,
    },
  },
  {
    id: "claude-opus-4-5",
    aliases: ["claude-opus-4-5-20251101"],
    label: "Claude Opus 4.5",
    released: "2025-11-01", // snapshot date of claude-opus-4-5-20251101
    contextWindow: 200_000,
    maxOutput: 64_000,
    manualThinking: "supported",
    adaptiveThinking: false,
    thinkingAlwaysOn: false,
    thinkingDisplay: "summarized",
    effort: ["low", "medium", "high"],
    defaultEffort: "high",
    sampling: FREE_SAMPLING,
    prefill: true,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 4096,
    prices: prices(5, 25, page("opus-4-5")),
    sources: [
      page("opus-4-5"),
      "https://aspire.dev/reference/api/csharp/aspire.hosting.foundry/anthropic/fields (200K context, 64K output)",
      BRIEF,
    ],
    factSources: {
      thinkingDisplay: DISPLAY,
      aliases: "github.com/anthropics/claude-agent-sdk-python/issues/553 (claude-opus-4-5-20251101)",
      adaptiveThinking: `${ADAPTIVE_BEDROCK} (older models require manual budgets)`,
      effort: "github.com/simstudioai/sim/pull/4771 (Opus 4.5 supports effort but not adaptive thinking)",
      minCacheableTokens: CACHE_MIN_4X,
      "sampling.temperatureWithTopP": TEMP_TOP_P,
    },
  },
  {
    id: "claude-haiku-4-5",
    aliases: ["claude-haiku-4-5-20251001"],
    label: "Claude Haiku 4.5",
    released: "2025-10-01", // snapshot date of claude-haiku-4-5-20251001
    contextWindow: 200_000,
    maxOutput: 64_000,
    manualThinking: "supported",
    adaptiveThinking: false,
    thinkingAlwaysOn: false,
    thinkingDisplay: "summarized",
    effort: [],
    defaultEffort: null,
    sampling: FREE_SAMPLING,
    prefill: true,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 4096,
    prices: prices(1, 5, "https://platform.claude.com/docs/en/models (Haiku 4.5 column)"),
    sources: ["https://platform.claude.com/docs/en/models (Haiku 4.5: Extended thinking, 200K, 64K, $1/$5)"],
    factSources: {
      thinkingDisplay: DISPLAY,
      aliases:
        "https://platform.claude.com/docs/zh-CN/docs/about-claude/models/overview (API ID claude-haiku-4-5-20251001, alias claude-haiku-4-5)",
      minCacheableTokens: CACHE_MIN_4X,
      "sampling.temperatureWithTopP": TEMP_TOP_P,
    },
  },
];

export const DEFAULT_MODEL_ID = "claude-opus-4-6";
