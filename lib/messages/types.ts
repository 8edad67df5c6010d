// The one module of API payload types, shared by the client, the proxy and the simulator.
// Types come from the official SDK so they track the real API; only what the SDK lacks is declared here.
export type {
  ContentBlock,
  ContentBlockParam,
  Message,
  MessageCreateParams,
  MessageCountTokensParams,
  MessageParam,
  MessageTokensCount,
  RawContentBlockDelta,
  RawMessageStreamEvent,
  RefusalStopDetails,
  StopReason,
  TextBlockParam,
  ThinkingConfigParam,
  Tool,
  ToolChoice,
  Usage,
} from "@anthropic-ai/sdk/resources/messages/messages";

/** The error body every Messages endpoint returns, and the `data` of an `event: error`. */
export interface ApiErrorBody {
  type: "error";
  /** `details` is `null` on most errors; where the API names a cause it is `{error_code, ...}` (the SDK reads
   * `error_code` into `APIError.errorCode` and picks a typed error class by status and code). */
  error: { type: ApiErrorType; message: string; details?: ApiErrorDetails | null };
  request_id?: string | null;
}

/** `error.details` of an API error: a stable `error_code` naming the cause, and fields of that cause. */
export type ApiErrorDetails = { error_code: string } & Record<string, unknown>;

export type ApiErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "billing_error"
  | "permission_error"
  | "not_found_error"
  | "conflict_error"
  | "request_too_large"
  | "rate_limit_error"
  | "api_error"
  | "timeout_error"
  | "overloaded_error";

/** The request body as edited in the playground: the API's fields, plus any unknown field kept as typed. */
export type RequestBody = Record<string, unknown> & {
  model: string;
  max_tokens: number;
  messages: unknown[];
};
