// Where the catalogue's facts come from, named once and cited per model (`sources`, `factSources`).
// Facts were read on 2026-12-06 through the project's documentation search (docs, pages and code corpora).
// Anthropic's own pages come first; a third party is cited where the docs searched do not say, and a fact that
// the sources dispute names the value taken and why.
import type { ModelFeatures, ModelPrices } from "./types";

export const DATE = "2026-12-06";

const DOCS = "https://platform.claude.com/docs/en";
export const page = (slug: string) => `${DOCS}/models/${slug}/overview`;
export const whatsNew = (slug: string, page: string) => `${DOCS}/models/${slug}/${page}`;
export const OVERVIEW = `${DOCS}/about-claude/models/overview (current lineup)`;
export const PRICING = `${DOCS}/about-claude/pricing`;
export const DEPRECATIONS = `${DOCS}/about-claude/model-deprecations`;
export const BRIEF = "lib/models/sources/gateway-model-page.txt (the gateway page for claude-opus-4-6 in our brief)";

export const ADAPTIVE_BEDROCK =
  "https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html";
export const PREFILL_46 = `${DOCS}/about-claude/models/whats-new-claude-4-6#prefill-removal`;
export const TEMP_TOP_P =
  "API error “`temperature` and `top_p` cannot both be specified for this model” (github.com/langfuse/langfuse/issues/9882, Sonnet 4.5; github.com/Vali-98/ChatterUI/issues/564, Sonnet 4.6)";
export const CACHE_MIN_4X =
  "Anthropic prompt-caching docs as quoted in github.com/anthropics/anthropic-sdk-python/issues/1194 (4096: Opus 4.6, Opus 4.5, Haiku 4.5; 1024: Sonnet 4.6)";
export const CACHE_MIN_47 =
  "https://claudecodeguides.com/claude-cache-minimum-token-requirements-2026/ (Opus 4.7: 4,096; third party)";
export const CACHE_MIN_48 = `${DOCS}/about-claude/models/whats-new-claude-4-8 (1,024-token minimum)`;
export const CACHE_MIN_5 = `${DOCS}/about-claude/models/whats-new-opus-5 (512 tokens on Opus 5, down from 1,024 on Opus 4.8)`;
export const CACHE_MIN_55 =
  "https://openrouter.ai/docs/cookbook/evaluate-and-optimize/model-migrations/claude-5-5 (512-token minimum cacheable prompt)";
export const SAMPLING_55 =
  "https://openrouter.ai/docs/cookbook/evaluate-and-optimize/model-migrations/claude-5-5 (non-default temperature, top_p, top_k and prefill not supported)";
export const DISPLAY =
  "github.com/QwenLM/qwen-code/issues/8039 (thinking.display defaults to omitted on Opus 4.7+ and the 5.x families, summarized on Sonnet 4.6)";
export const EFFORT_5 =
  "docs.rs harn-vm capability tests (Opus 5 family effort levels low…max incl. xhigh); github.com/NousResearch/hermes-agent/issues/11137 (xhigh since Opus 4.7)";
export const SYSTEM_MESSAGES = `${DOCS}/about-claude/models/whats-new-claude-4-8 (role: "system" after a user turn, from Opus 4.8 on, no beta header); github.com/langchain-ai/langchainjs @langchain/anthropic@1.5.13 (Opus 4.8, Opus 5, Opus 5.5, Sonnet 5, Sonnet 5.5, Haiku 5.5, Fable 5 and 5.1 accept them)`;
export const NO_SYSTEM_MESSAGES =
  "docs.rs gproxy-transform claude_mid_conv_system (models released before Opus 4.8 answer “role 'system' is not supported on this model”); github.com/vercel/ai/pull/15674 (Opus 4.8 is the first to support them)";
export const FORCED_TOOL_REFUSED = (slug: string, page: string) =>
  `${whatsNew(slug, page)} (breaking change: forced tool use returns an error, whether or not thinking is set)`;
export const FORCED_TOOL_WITH_THINKING = `${DOCS}/build-with-claude/extended-thinking (“Thinking may not be enabled when tool_choice forces tool use”; a model that thinks by default is not refused until the request turns thinking on: forced tool use became an error only on the 5.5 and Fable 5.1+ models, github.com/Smart-AI-Memory/attune-rag v1.2.0)`;
export const FEATURES = `${DOCS}/build-with-claude/overview (features overview: batch processing, citations, PDF support, structured outputs, web search, code execution, context editing and compaction); ${DOCS}/build-with-claude/citations (“All active models support citations, except Haiku 3”)`;

/** Every current model's features, as the features overview lists them (a model that differs says so). */
export const CURRENT_FEATURES: ModelFeatures = {
  pdf: true,
  citations: true,
  structuredOutputs: true,
  batch: true,
  webSearch: true,
  codeExecution: true,
  contextEditing: true,
  compaction: true,
};

/**
 * A model's prices from its input and output rates: cache writes at 1.25× input for 5 minutes and 2× for an hour,
 * reads at 0.1×, the ratios the pricing page gives. An entry passes the figures that differ (`cacheRead` on the
 * models with cheaper reads). Server tools cost the same on every model: web search $10 per 1,000 searches
 * (https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool), web fetch nothing beyond its
 * tokens (“Web fetch usage has no additional charges”, …/tool-use/web-fetch-tool and the pricing page).
 */
export function prices(
  input: number,
  output: number,
  source: string,
  differ: Partial<Pick<ModelPrices, "cacheRead" | "note" | "longPrompt">> = {},
): ModelPrices {
  return {
    input,
    output,
    cacheWrite5m: +(input * 1.25).toFixed(4),
    cacheWrite1h: +(input * 2).toFixed(4),
    cacheRead: +(input * 0.1).toFixed(4),
    webSearchPerThousand: 10,
    webFetchPerThousand: 0,
    source,
    date: DATE,
    ...differ,
  };
}
