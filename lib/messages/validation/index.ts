import { messageRules } from "./message-rules";
import { samplingRules } from "./sampling-rules";
import { thinkingRules } from "./thinking-rules";
import { toolRules } from "./tool-rules";
import type { Rule } from "./types";

/**
 * Every rule, in the order the API reports them: limits first, then the conversation, tools, thinking
 * and sampling; the context window (413) last, as it needs the whole prompt counted.
 */
export const RULES: readonly Rule[] = [
  ...samplingRules.filter((r) => r.id.startsWith("max-tokens")),
  ...messageRules,
  ...toolRules,
  ...thinkingRules,
  ...samplingRules.filter((r) => !r.id.startsWith("max-tokens")),
];

export type { Endpoint, Rule, RuleContext, ValidationIssue } from "./types";
