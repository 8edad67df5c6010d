import { imageRules } from "./image-rules";
import { messageRules } from "./message-rules";
import { samplingRules } from "./sampling-rules";
import { structuredOutputRules } from "./structured-output-rules";
import { thinkingRules } from "./thinking-rules";
import { toolRules } from "./tool-rules";
import type { Rule } from "./types";

const byId = (ids: string[]) => ids.map((id) => samplingRules.find((r) => r.id === id)!);

/**
 * Every rule, in the order the API reports them: field ranges (schema-level in the API) and the model's
 * output limit first, then the conversation, its images, tools, structured outputs (output_config.format, strict tools),
 * thinking, the model's sampling restrictions, and the context window last, as it needs the whole prompt counted.
 */
export const RULES: readonly Rule[] = [
  ...byId(["max-tokens-minimum", "temperature-range", "top-p-range", "top-k-range", "max-tokens-model-limit"]),
  ...messageRules,
  ...imageRules,
  ...toolRules,
  ...structuredOutputRules,
  ...thinkingRules,
  ...byId([
    "model-fixed-temperature",
    "model-top-p-minimum",
    "model-no-top-k",
    "model-temperature-or-top-p",
    "context-window",
  ]),
];

const ruleCount = [messageRules, imageRules, toolRules, structuredOutputRules, thinkingRules, samplingRules].reduce(
  (sum, rules) => sum + rules.length,
  0,
);
if (new Set(RULES).size !== ruleCount) {
  throw new Error("validation: a rule is missing from RULES or listed twice");
}

export type { Endpoint, Rule, RuleContext, ValidationIssue } from "./types";
