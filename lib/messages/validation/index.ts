import { messageRules } from "./message-rules";
import { samplingRules } from "./sampling-rules";
import { thinkingRules } from "./thinking-rules";
import { toolRules } from "./tool-rules";
import type { Rule } from "./types";

const byId = (ids: string[]) => ids.map((id) => samplingRules.find((r) => r.id === id)!);

/**
 * Every rule, in the order the API reports them: field ranges (schema-level in the API) and the model's
 * output limit first, then the conversation, tools, thinking, the model's sampling restrictions, and the
 * context window last, as it needs the whole prompt counted.
 */
export const RULES: readonly Rule[] = [
  ...byId(["max-tokens-minimum", "temperature-range", "top-p-range", "top-k-range", "max-tokens-model-limit"]),
  ...messageRules,
  ...toolRules,
  ...thinkingRules,
  ...byId([
    "model-fixed-temperature",
    "model-top-p-minimum",
    "model-no-top-k",
    "model-temperature-or-top-p",
    "context-window",
  ]),
];

if (new Set(RULES).size !== messageRules.length + toolRules.length + thinkingRules.length + samplingRules.length) {
  throw new Error("validation: a rule is missing from RULES or listed twice");
}

export type { Endpoint, Rule, RuleContext, ValidationIssue } from "./types";
