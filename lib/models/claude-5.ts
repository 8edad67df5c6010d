// The Claude 5 generation: Fable, Opus, Sonnet and Haiku from June 2026 on. Sources in ./sources.ts.
import {
  CACHE_MIN_5,
  CACHE_MIN_55,
  CURRENT_FEATURES,
  DISPLAY,
  EFFORT_5,
  FEATURES,
  FORCED_TOOL_REFUSED,
  FORCED_TOOL_WITH_THINKING,
  OVERVIEW,
  page,
  PRICING,
  prices,
  SAMPLING_55,
  SYSTEM_MESSAGES,
  whatsNew,
} from "./sources";
import { ALL_EFFORT, FIXED_SAMPLING } from "./sampling";
import type { ModelInfo } from "./types";

/** What the whole generation shares; each entry states the rest. */
const GENERATION_5 = {
  contextWindow: 1_000_000,
  maxOutput: 128_000,
  manualThinking: "refused",
  adaptiveThinking: true,
  thinkingDisplay: "omitted",
  thinkingBetweenTools: false,
  effort: ALL_EFFORT,
  sampling: FIXED_SAMPLING,
  prefill: false,
  systemMessages: true,
  vision: true,
  tools: true,
  caching: true,
  features: CURRENT_FEATURES,
} as const satisfies Partial<ModelInfo>;

const SHARED_SOURCES = {
  thinkingDisplay: DISPLAY,
  effort: EFFORT_5,
  systemMessages: SYSTEM_MESSAGES,
  features: FEATURES,
} as const;

export const CLAUDE_5: ModelInfo[] = [
  // ── The current lineup (models overview) ─────────────────────────────────────────────────────
  {
    ...GENERATION_5,
    id: "claude-fable-5-2",
    label: "Claude Fable 5.2",
    line: "fable",
    released: "2026-11-09",
    lifecycle: { status: "active" },
    thinkingAlwaysOn: true,
    thinkingByDefault: true,
    thinkingDisabled: false,
    forcedToolChoice: "refused",
    defaultEffort: "high",
    minCacheableTokens: 512,
    // $8 / $40, cache writes $10 (5m) and $16 (1h), cache read $0.20: a quarter of the standard 0.1× read.
    prices: prices(8, 40, PRICING, { cacheRead: 0.2 }),
    sources: [whatsNew("fable-5-2", "whats-new-fable-5-2"), page("fable-5-2"), OVERVIEW],
    factSources: {
      ...SHARED_SOURCES,
      released:
        "https://docs.laozhang.ai/en/announcements/claude-fable-5-2-2026-11.md (Anthropic released it on November 9, 2026; third party)",
      prices:
        "github.com/phuryn/claude-usage v1.5.7 (Fable 5.2 $8/$40, $0.20 cache read, read off platform.claude.com on 2026-12-01); github.com/archid21/rightsize v0.10.2 ($10 and $16 cache writes)",
      thinkingAlwaysOn: `${whatsNew("fable-5-2", "whats-new-fable-5-2")} (adaptive thinking is always on)`,
      forcedToolChoice: FORCED_TOOL_REFUSED("fable-5-1", "whats-new-fable-5-1"),
      minCacheableTokens: `${CACHE_MIN_55}; not stated for Fable 5.2, Fable 5.1's minimum kept`,
    },
  },
  {
    ...GENERATION_5,
    id: "claude-opus-5-5",
    label: "Claude Opus 5.5",
    line: "opus",
    released: "2026-09-28",
    lifecycle: { status: "active" },
    thinkingAlwaysOn: true,
    thinkingByDefault: true,
    thinkingDisabled: false,
    forcedToolChoice: "refused",
    defaultEffort: "medium",
    minCacheableTokens: 512,
    // The page lists $4 / $20, cache writes $5 (5m) and $8 (1h), cache read $0.20.
    prices: prices(4, 20, page("opus-5-5"), { cacheRead: 0.2 }),
    sources: [page("opus-5-5"), OVERVIEW],
    factSources: {
      ...SHARED_SOURCES,
      released: "apidog.com/jp/blog/claude-sonnet-5-5-claude-code (5.5 models in Claude Code v2.1.284, 2026-09-28)",
      forcedToolChoice: FORCED_TOOL_REFUSED("opus-5-5", "whats-new-opus-5-5"),
      minCacheableTokens: CACHE_MIN_55,
      sampling: SAMPLING_55,
    },
  },
  {
    ...GENERATION_5,
    id: "claude-sonnet-5-5",
    label: "Claude Sonnet 5.5",
    line: "sonnet",
    released: "2026-09-28",
    lifecycle: { status: "active" },
    thinkingAlwaysOn: false,
    thinkingByDefault: true,
    thinkingDisabled: false,
    thinkingBetweenTools: true,
    thinkingOffMaxEffort: "high",
    forcedToolChoice: "refused",
    defaultEffort: "high",
    minCacheableTokens: 512,
    // $2 / $10, cache writes $2.50 / $4. Cache read: the model page as stored says $0.20, but three trackers that
    // read the live pricing page say it was cut to $0.10 (0.05× input) on 2026-10-07; the later reading is taken.
    prices: prices(2, 10, PRICING, { cacheRead: 0.1 }),
    sources: [page("sonnet-5-5"), whatsNew("sonnet-5-5", "whats-new-sonnet-5-5"), OVERVIEW],
    factSources: {
      ...SHARED_SOURCES,
      released: "https://apidog.com/de/blog/how-to-use-claude-sonnet-5-5-api (released September 28, 2026)",
      "prices.cacheRead":
        "github.com/kurofune/claudit v1.9.2 (pricing page read 2026-10-24: Sonnet 5.5 cache reads cut from $0.20 to $0.10 on 2026-10-07); github.com/TheKrush/PromptFuel v1.0.23; github.com/phuryn/claude-usage v1.5.7 (checked 2026-12-01); docs.rs synaps pricing (0.05×)",
      thinkingByDefault: `${whatsNew("sonnet-5-5", "whats-new-sonnet-5-5")} (adaptive thinking is on by default)`,
      thinkingBetweenTools: `${whatsNew("sonnet-5-5", "whats-new-sonnet-5-5")} (turn off up-front thinking with between_tools)`,
      thinkingDisabled:
        "https://qiita.com/OfoxAI/items/a3fa750deaccd6dade66 (the Sonnet 5.5 migration guide as read on 2026-09-30: thinking.type disabled is refused; use between_tools at effort high or below; third party)",
      thinkingOffMaxEffort:
        "https://qiita.com/OfoxAI/items/a3fa750deaccd6dade66 (between_tools at effort high or below)",
      forcedToolChoice: FORCED_TOOL_REFUSED("sonnet-5-5", "whats-new-sonnet-5-5"),
      minCacheableTokens: CACHE_MIN_55,
      sampling: SAMPLING_55,
    },
  },
  {
    ...GENERATION_5,
    id: "claude-haiku-5-5",
    label: "Claude Haiku 5.5",
    line: "haiku",
    released: "2026-10-07",
    lifecycle: { status: "active" },
    thinkingAlwaysOn: false,
    thinkingByDefault: true,
    thinkingDisabled: true,
    forcedToolChoice: "refused-with-thinking",
    defaultEffort: "medium",
    minCacheableTokens: 512,
    // Two bands by prompt length: up to 100,000 tokens $0.10 / $0.50 (cache read $0.01); above, every token of the
    // call at $0.50 / $2.50 / $0.625 / $1.00 / $0.05.
    prices: prices(0.1, 0.5, page("haiku-5-5"), {
      longPrompt: {
        aboveTokens: 100_000,
        input: 0.5,
        output: 2.5,
        cacheWrite5m: 0.625,
        cacheWrite1h: 1,
        cacheRead: 0.05,
      },
    }),
    sources: [page("haiku-5-5"), whatsNew("haiku-5-5", "whats-new-haiku-5-5"), OVERVIEW],
    factSources: {
      ...SHARED_SOURCES,
      prices:
        "github.com/kurofune/claudit v1.9.2 (prompt = input + cache reads + cache writes; over 100,000 tokens every token of the request, output included, at the higher band); docs.rs synaps pricing",
      thinkingByDefault:
        "https://apidog.com/es/blog/how-to-use-claude-haiku-5-5-api (medium effort with adaptive thinking on by default)",
      forcedToolChoice: `${FORCED_TOOL_WITH_THINKING}; not among Haiku 5.5's breaking changes (${whatsNew("haiku-5-5", "whats-new-haiku-5-5")})`,
      minCacheableTokens: CACHE_MIN_55,
      sampling: SAMPLING_55,
    },
  },
  // ── Legacy: still available ──────────────────────────────────────────────────────────────────
  {
    ...GENERATION_5,
    id: "claude-fable-5-1",
    label: "Claude Fable 5.1",
    line: "fable",
    released: "2026-09-01",
    lifecycle: { status: "legacy", retiresNotBefore: "2027-09-01" },
    thinkingAlwaysOn: true,
    thinkingByDefault: true,
    thinkingDisabled: false,
    forcedToolChoice: "refused",
    defaultEffort: "high",
    minCacheableTokens: 512,
    // $10 / $50 like Fable 5, with cache reads at a quarter of Fable 5's: $0.25 (0.025× input).
    prices: prices(10, 50, PRICING, { cacheRead: 0.25 }),
    sources: [page("fable-5-1"), whatsNew("fable-5-1", "whats-new-fable-5-1"), OVERVIEW],
    factSources: {
      ...SHARED_SOURCES,
      id: "docs.rs claude-codes ClaudeModel::Fable51 (claude-fable-5-1)",
      released: `${page("fable-5-1")} (“Released September 1, 2026”, zh-CN copy)`,
      lifecycle:
        "https://dev.to/hassann/claude-fable-51-vs-fable-5-what-changed-and-should-you-upgrade-gd6 (retirement not sooner than September 1, 2027); legacy since Fable 5.2",
      "prices.cacheRead": `${page("fable-5-1")} (cache reads cut to a quarter); docs.rs claude-session-parser pricing_for_model ($0.25/MTok)`,
      thinkingAlwaysOn: `${page("opus-5-5")} (breaking changes shared with Fable 5.1: thinking cannot be disabled)`,
      forcedToolChoice: FORCED_TOOL_REFUSED("fable-5-1", "whats-new-fable-5-1"),
      minCacheableTokens: CACHE_MIN_55,
    },
  },
  {
    ...GENERATION_5,
    id: "claude-opus-5",
    label: "Claude Opus 5",
    line: "opus",
    released: "2026-07-24",
    lifecycle: { status: "legacy", retiresNotBefore: "2027-07-24" },
    thinkingAlwaysOn: false,
    thinkingByDefault: true,
    thinkingDisabled: true,
    thinkingOffMaxEffort: "high",
    forcedToolChoice: "refused-with-thinking",
    defaultEffort: "high",
    minCacheableTokens: 512,
    // $5 / $25, cache writes $6.25 / $10, cache read $0.50.
    prices: prices(5, 25, page("opus-5")),
    sources: [page("opus-5"), "https://platform.claude.com/docs/about-claude/models/whats-new-opus-5"],
    factSources: {
      ...SHARED_SOURCES,
      thinkingByDefault: "https://platform.claude.com/docs/en/models/opus-5/migration-guide (thinking on by default)",
      thinkingOffMaxEffort:
        "https://platform.claude.com/docs/about-claude/models/whats-new-opus-5 (thinking can be disabled only at effort high or below)",
      forcedToolChoice: FORCED_TOOL_WITH_THINKING,
      manualThinking: "https://platform.claude.com/docs/en/models/opus-5/migration-guide (Opus 4.8's thinking modes)",
      minCacheableTokens: CACHE_MIN_5,
      sampling: "Opus 4.7 and later refuse non-default sampling (github.com/NousResearch/hermes-agent/issues/11137)",
    },
  },
  {
    ...GENERATION_5,
    id: "claude-sonnet-5",
    label: "Claude Sonnet 5",
    line: "sonnet",
    released: "2026-06-30",
    lifecycle: { status: "legacy" },
    thinkingAlwaysOn: false,
    thinkingByDefault: true,
    thinkingDisabled: true,
    forcedToolChoice: "refused-with-thinking",
    defaultEffort: "high",
    minCacheableTokens: 1024,
    // $2 / $10, cache writes $2.50 / $4, cache read $0.20.
    prices: prices(2, 10, page("sonnet-5")),
    sources: [page("sonnet-5"), OVERVIEW],
    factSources: {
      ...SHARED_SOURCES,
      thinkingByDefault: `${page("sonnet-5")} (adaptive thinking on by default; manual thinking and non-default sampling return 400)`,
      forcedToolChoice: `${FORCED_TOOL_WITH_THINKING}; Sonnet 5.5 lists forced tool use as a breaking change from Sonnet 5`,
      minCacheableTokens:
        "not found in the docs searched; Sonnet 4.6's documented 1,024 kept (a lower real minimum only makes the simulator cache less)",
    },
  },
  {
    ...GENERATION_5,
    id: "claude-fable-5",
    label: "Claude Fable 5",
    line: "fable",
    released: "2026-06-09",
    lifecycle: { status: "legacy", retiresNotBefore: "2027-06-09" },
    thinkingAlwaysOn: true,
    thinkingByDefault: true,
    thinkingDisabled: false,
    forcedToolChoice: "refused-with-thinking",
    defaultEffort: "high",
    minCacheableTokens: 2048,
    // $10 / $50, cache writes $12.50 / $20, cache read $1.
    prices: prices(10, 50, page("fable-5")),
    sources: [page("fable-5"), OVERVIEW],
    factSources: {
      ...SHARED_SOURCES,
      lifecycle:
        "https://dev.to/hassann/claude-fable-51-vs-fable-5-what-changed-and-should-you-upgrade-gd6 (Fable 5's page commits to support through at least June 9, 2027)",
      thinkingAlwaysOn:
        "https://dev.to/tokenmixai/claude-fable-5-for-developers-api-changes-pricing-migration-notes-2f0n (thinking: disabled returns an error)",
      forcedToolChoice: `${FORCED_TOOL_WITH_THINKING}; Fable 5.1 lists forced tool use as a breaking change from Fable 5`,
      defaultEffort: "not stated on the pages searched; the Fable line's default (high) is taken",
      minCacheableTokens:
        "https://www.fableguide.com/cookbook/prompt-caching.html (claude-fable-5 is 2,048 tokens; third party)",
    },
  },
];
