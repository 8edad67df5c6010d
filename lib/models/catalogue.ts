// The model catalogue: every model fact the panel, validation, simulator and cost figures read.
// Data, not branches: a rule that differs per model is a field here, never an `if (model === …)` in code.
// Each entry names where its facts come from (`sources`, and `factSources` for a fact with its own source);
// the sources are in ./sources.ts, the entries in ./claude-5.ts and ./claude-4.ts.
// Every model of the installed SDK's `Model` union is here or in EXCLUDED_MODELS (catalogue.test.ts checks it).
import { CLAUDE_4 } from "./claude-4";
import { CLAUDE_5 } from "./claude-5";
import type { ExcludedModel, ModelInfo } from "./types";

export type {
  EffortLevel,
  ExcludedModel,
  Lifecycle,
  LifecycleStatus,
  ManualThinking,
  ModelFeatures,
  ModelInfo,
  ModelLine,
  ModelPrices,
  PromptTooLong,
  Rate,
  TokenRates,
} from "./types";
export { ALL_EFFORT } from "./sampling";

export const MODELS: readonly ModelInfo[] = [...CLAUDE_5, ...CLAUDE_4];

const MYTHOS =
  "Mythos models are offered by invitation only, to organizations verified through Anthropic's programs (https://platform.claude.com/docs/en/models/fable-5/overview: “offered separately, by invitation only … as part of Project Glasswing”)";

/** Models of the SDK's `Model` union the catalogue leaves out: a general API key cannot call them. */
export const EXCLUDED_MODELS: readonly ExcludedModel[] = [
  "claude-mythos-5-2",
  "claude-mythos-5-1",
  "claude-mythos-5",
  "claude-mythos-preview",
].map((id) => ({ id, reason: "invitation only", source: MYTHOS }));

export const DEFAULT_MODEL_ID = "claude-opus-4-6";
