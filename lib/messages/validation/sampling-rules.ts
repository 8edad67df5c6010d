// Ranges and per-model sampling: max_tokens against the model's output limit, temperature/top_p/top_k
// ranges, the sampling a model fixes, and the input against the context window.
import { invalid, type Rule } from "./types";

export const samplingRules: Rule[] = [
  {
    id: "max-tokens-minimum",
    endpoints: ["messages"],
    // 0 is valid: it fills the prompt cache without generating (SDK `MessageCreateParamsBase.max_tokens`).
    check: ({ request }) =>
      request.max_tokens < 0
        ? invalid("max_tokens", "max_tokens: Input should be greater than or equal to 0")
        : undefined,
  },
  {
    id: "max-tokens-model-limit",
    endpoints: ["messages"],
    check: ({ request, model }) =>
      request.max_tokens > model.maxOutput
        ? invalid(
            "max_tokens",
            `max_tokens: ${request.max_tokens} > ${model.maxOutput}, which is the maximum allowed number of output tokens for ${model.id}`,
          )
        : undefined,
  },
  {
    id: "temperature-range",
    check: ({ request }) => {
      const t = request.temperature;
      if (t === undefined) return undefined;
      if (t < 0) return invalid("temperature", "temperature: Input should be greater than or equal to 0");
      if (t > 1) return invalid("temperature", "temperature: Input should be less than or equal to 1");
      return undefined;
    },
  },
  {
    id: "top-p-range",
    check: ({ request }) => {
      const p = request.top_p;
      if (p === undefined) return undefined;
      if (p < 0) return invalid("top_p", "top_p: Input should be greater than or equal to 0");
      if (p > 1) return invalid("top_p", "top_p: Input should be less than or equal to 1");
      return undefined;
    },
  },
  {
    id: "top-k-range",
    check: ({ request }) =>
      request.top_k !== undefined && request.top_k < 0
        ? invalid("top_k", "top_k: Input should be greater than or equal to 0")
        : undefined,
  },
  {
    id: "model-fixed-temperature",
    check: ({ request, model }) =>
      !model.sampling.temperature && request.temperature !== undefined && request.temperature !== 1
        ? invalid(
            "temperature",
            `\`temperature\` is deprecated for this model: ${model.id} only accepts the default (1).`,
          )
        : undefined,
  },
  {
    id: "model-top-p-minimum",
    check: ({ request, model }) =>
      request.top_p !== undefined && request.top_p < model.sampling.topP.min
        ? invalid("top_p", `\`top_p\` must be at least ${model.sampling.topP.min} (or unset) for ${model.id}.`)
        : undefined,
  },
  {
    id: "model-no-top-k",
    check: ({ request, model }) =>
      !model.sampling.topK && request.top_k !== undefined
        ? invalid("top_k", `\`top_k\` is deprecated for this model: ${model.id} does not accept it.`)
        : undefined,
  },
  {
    id: "model-temperature-or-top-p",
    check: ({ request, model }) =>
      !model.sampling.temperatureWithTopP && request.temperature !== undefined && request.top_p !== undefined
        ? invalid("top_p", "`temperature` and `top_p` cannot both be specified for this model. Please use only one.")
        : undefined,
  },
  {
    // Anthropic's API answers 400 "prompt is too long: 200251 tokens > 200000 maximum" (413 is for bodies over
    // 32 MB); a gateway that answers otherwise says how in its profile (the model's `promptTooLong`).
    id: "context-window",
    endpoints: ["messages"],
    check: ({ model, inputTokens }) => {
      const tokens = inputTokens();
      if (tokens <= model.contextWindow) return undefined;
      const own = model.promptTooLong;
      if (!own)
        return {
          path: "messages",
          message: `prompt is too long: ${tokens} tokens > ${model.contextWindow} maximum`,
          errorType: "invalid_request_error",
        };
      const filled: Record<string, string> = {
        tokens: String(tokens),
        maximum: String(model.contextWindow),
        maximum_short: shortTokens(model.contextWindow),
      };
      return {
        path: "messages",
        message: own.message.replace(/\{(tokens|maximum|maximum_short)\}/g, (_, key: string) => filled[key]),
        errorType: own.type,
        status: own.status,
      };
    },
  },
];

/** 200K, 1M: a window as gateways write it. */
function shortTokens(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 1_000 === 0) return `${n / 1_000}K`;
  return String(n);
}
