import { ALL_EFFORT, MODELS, type ModelInfo } from "./catalogue";

export * from "./catalogue";

const BY_ID = new Map(MODELS.flatMap((m) => [m.id, ...(m.aliases ?? [])].map((id) => [id, m] as const)));

/** The model for an id or one of its aliases (dated snapshot ids). */
export function findModel(id: string): ModelInfo | undefined {
  return BY_ID.get(id);
}

/**
 * A stand-in for a model outside the catalogue (a gateway's own id, a model newer than the catalogue): it allows
 * everything any model allows and sets no limit, so that validation against it keeps only the rules that hold for
 * every model (an empty message, a budget over max_tokens) and leaves the rest to the upstream.
 */
export function unknownModel(id: string): ModelInfo {
  return {
    id,
    label: id,
    line: null,
    released: "",
    lifecycle: { status: "active" },
    contextWindow: Number.POSITIVE_INFINITY,
    maxOutput: Number.POSITIVE_INFINITY,
    manualThinking: "supported",
    adaptiveThinking: true,
    thinkingAlwaysOn: false,
    thinkingByDefault: false,
    thinkingDisabled: true,
    thinkingBetweenTools: true,
    thinkingDisplay: "summarized",
    forcedToolChoice: "refused-with-thinking",
    effort: [...ALL_EFFORT],
    defaultEffort: null,
    sampling: { temperature: true, topP: { min: 0 }, topK: true, temperatureWithTopP: true },
    prefill: true,
    systemMessages: true,
    vision: true,
    tools: true,
    caching: true,
    minCacheableTokens: 0,
    features: {
      pdf: true,
      citations: true,
      structuredOutputs: true,
      batch: true,
      webSearch: true,
      codeExecution: true,
      contextEditing: true,
      compaction: true,
    },
    prices: null,
    sources: [],
  };
}
