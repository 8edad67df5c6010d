import type { ModelInfo } from "@/lib/models/catalogue";
import type { MessageRequest } from "../request-schema";
import type { ApiErrorType } from "../types";

export interface ValidationIssue {
  /** Dotted path of the field at fault (`max_tokens`, `messages.0.content`, `thinking.budget_tokens`). */
  path: string;
  message: string;
  /** The API error this becomes: its type sets the HTTP status. */
  errorType: ApiErrorType;
  /** The HTTP status, when the upstream's differs from the type's usual one (a gateway's 413, from its profile). */
  status?: number;
}

export type Endpoint = "messages" | "count_tokens";

export interface RuleContext {
  request: MessageRequest;
  model: ModelInfo;
  endpoint: Endpoint;
  /** Refuse what this code does not know (the simulator), rather than leave it to the upstream (the panel). */
  refuseUnknown: boolean;
  /** Thinking is on for this request: asked for, or always on for the model. */
  thinkingOn: boolean;
  /** Input tokens, counted lazily (only the context-window rule needs them). */
  inputTokens: () => number;
}

/** One rule of the API: reads the request and the model's catalogue entry, returns what it finds wrong. */
export interface Rule {
  id: string;
  /** Endpoints the rule applies to; both when absent. */
  endpoints?: Endpoint[];
  check(ctx: RuleContext): ValidationIssue | ValidationIssue[] | undefined;
}

export const invalid = (path: string, message: string): ValidationIssue => ({
  path,
  message,
  errorType: "invalid_request_error",
});
