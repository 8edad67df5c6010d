// Thinking per model: manual budgets (supported / deprecated / refused), adaptive mode, always-on thinking,
// effort levels, and what thinking forbids (sampling changes, forced tool use). Every difference between models is
// a catalogue field (lib/models/types.ts) the rule reads.
import { ALL_EFFORT, type EffortLevel, type ModelInfo } from "@/lib/models/catalogue";
import type { MessageRequest } from "../request-schema";
import { groupTurns } from "../turns";
import { invalid, type Rule } from "./types";

/** The effort a request runs at: its own, else the model's default. */
const effortOf = (request: MessageRequest, model: ModelInfo): EffortLevel | null =>
  request.output_config?.effort ?? model.defaultEffort;

const THINKING_DOCS =
  "Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking";
const MIN_BUDGET = 1024;

export const thinkingRules: Rule[] = [
  {
    id: "manual-thinking-allowed",
    check: ({ request, model }) => {
      if (request.thinking?.type !== "enabled") return undefined;
      if (model.manualThinking === "refused") {
        return invalid(
          "thinking.type",
          '"thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
        );
      }
      if (model.manualThinking === "none")
        return invalid("thinking.type", `${model.id} does not support extended thinking.`);
      return undefined;
    },
  },
  {
    id: "adaptive-thinking-allowed",
    check: ({ request, model }) =>
      request.thinking?.type === "adaptive" && !model.adaptiveThinking
        ? invalid(
            "thinking.type",
            '"thinking.type.adaptive" is not supported for this model. Use "thinking.type.enabled" with "budget_tokens" instead.',
          )
        : undefined,
  },
  {
    id: "thinking-cannot-be-disabled",
    check: ({ request, model }) =>
      request.thinking?.type === "disabled" && !model.thinkingDisabled
        ? invalid(
            "thinking.type",
            `"thinking.type.disabled" is not supported for this model. ${
              model.thinkingBetweenTools
                ? 'Use "thinking.type.between_tools" to turn off up-front thinking.'
                : `Thinking is always on for ${model.id}.`
            }`,
          )
        : undefined,
  },
  {
    // Opus 5: thinking may be turned off only at effort high or lower (the request's effort, else the default).
    id: "thinking-off-effort",
    check: ({ request, model }) => {
      const type = request.thinking?.type as string | undefined;
      const cap = model.thinkingOffMaxEffort;
      const effort = effortOf(request, model);
      if (!cap || !effort || (type !== "disabled" && type !== "between_tools")) return undefined;
      return ALL_EFFORT.indexOf(effort) > ALL_EFFORT.indexOf(cap)
        ? invalid(
            "thinking.type",
            `"thinking.type.${type}" is only supported at "output_config.effort" ${cap} or lower on ${model.id}; this request runs at ${effort}.`,
          )
        : undefined;
    },
  },
  {
    id: "thinking-budget-minimum",
    check: ({ request }) => {
      const thinking = request.thinking;
      if (thinking?.type !== "enabled") return undefined;
      const budget = (thinking as { budget_tokens: number }).budget_tokens;
      return budget < MIN_BUDGET
        ? invalid(
            "thinking.budget_tokens",
            `thinking.enabled.budget_tokens: Input should be greater than or equal to ${MIN_BUDGET}`,
          )
        : undefined;
    },
  },
  {
    id: "thinking-budget-below-max-tokens",
    endpoints: ["messages"],
    check: ({ request }) => {
      const thinking = request.thinking;
      if (thinking?.type !== "enabled") return undefined;
      const budget = (thinking as { budget_tokens: number }).budget_tokens;
      return budget >= request.max_tokens
        ? invalid(
            "thinking.budget_tokens",
            `\`max_tokens\` must be greater than \`thinking.budget_tokens\`. ${THINKING_DOCS}#max-tokens-and-context-window-size`,
          )
        : undefined;
    },
  },
  {
    id: "effort-supported",
    check: ({ request, model }) => {
      const effort = request.output_config?.effort;
      if (effort === undefined || effort === null) return undefined;
      if (model.effort.length === 0) {
        return invalid(
          "output_config.effort",
          `output_config.effort: ${model.id} does not support the effort parameter.`,
        );
      }
      return model.effort.includes(effort)
        ? undefined
        : invalid(
            "output_config.effort",
            `output_config.effort: '${effort}' is not supported by ${model.id}; use one of ${model.effort.join(", ")}.`,
          );
    },
  },
  {
    id: "thinking-fixed-temperature",
    check: ({ request, thinkingOn, model }) =>
      // A model that fixes its sampling says so in its own rule (sampling-rules.ts): one message per field, not two.
      thinkingOn && model.sampling.temperature && request.temperature !== undefined && request.temperature !== 1
        ? invalid(
            "temperature",
            `\`temperature\` may only be set to 1 when thinking is enabled. ${THINKING_DOCS}#feature-compatibility`,
          )
        : undefined,
  },
  {
    id: "thinking-no-top-k",
    check: ({ request, thinkingOn, model }) =>
      thinkingOn && model.sampling.topK && request.top_k !== undefined
        ? invalid("top_k", `\`top_k\` must be unset when thinking is enabled. ${THINKING_DOCS}#feature-compatibility`)
        : undefined,
  },
  {
    id: "thinking-top-p-range",
    check: ({ request, thinkingOn, model }) =>
      thinkingOn && model.sampling.topP.min < 0.95 && request.top_p !== undefined && request.top_p < 0.95
        ? invalid(
            "top_p",
            `\`top_p\` must be greater than or equal to 0.95 or unset when thinking is enabled. ${THINKING_DOCS}#feature-compatibility`,
          )
        : undefined,
  },
  {
    // Forced tool use: refused outright by the newest models, even with `thinking` omitted; refused by the others
    // only when the request itself turns thinking on (a model that thinks by default does not refuse it).
    id: "thinking-no-forced-tool",
    check: ({ request, model }) => {
      const type = request.tool_choice?.type;
      if (type !== "any" && type !== "tool") return undefined;
      if (model.forcedToolChoice === "refused")
        return invalid(
          "tool_choice",
          `tool_choice: forced tool use ("${type}") is not supported for ${model.id}. Use "auto" and let the model choose.`,
        );
      const thinking = request.thinking?.type;
      return thinking === "enabled" || thinking === "adaptive"
        ? invalid("tool_choice", "Thinking may not be enabled when tool_choice forces tool use.")
        : undefined;
    },
  },
  {
    // With thinking on, the assistant turn the model continues from (a prefill, or the turn whose tool_use
    // the last user message answers) must start with its thinking block, as the API returned it.
    id: "thinking-assistant-turn-starts-with-thinking",
    endpoints: ["messages"],
    check: ({ request, thinkingOn, model }) => {
      if (!thinkingOn) return undefined;
      // Turns, not messages: consecutive messages of one role are one turn, which starts at its first message.
      const turns = groupTurns(request.messages);
      const final = turns.at(-1);
      const answersTools =
        final?.role === "user" &&
        final.indices.some((i) => {
          const content = request.messages[i].content;
          return Array.isArray(content) && content.some((b) => b.type === "tool_result");
        });
      const turn = final?.role === "assistant" && model.prefill ? final : answersTools ? turns.at(-2) : undefined;
      const at = turn?.indices[0] ?? -1;
      const message = request.messages[at];
      if (message?.role !== "assistant") return undefined;
      const first = Array.isArray(message.content) ? message.content[0]?.type : "text";
      if (first === "thinking" || first === "redacted_thinking") return undefined;
      return invalid(
        `messages.${at}.content.0.type`,
        `messages.${at}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${first ?? "text"}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. ${THINKING_DOCS}`,
      );
    },
  },
];
