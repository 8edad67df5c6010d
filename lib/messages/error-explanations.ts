// What an API error means, in plain words, shown on the page beside the API's own message (which the proxy passes
// through unchanged). Keyed by the error's code where it has one, else by its HTTP status, else by its type.

/** The parts of an error the explanation is chosen by. */
export interface ExplainableError {
  type: string;
  status?: number;
  /** `error.details.error_code`, when the API names the cause. */
  code?: string;
}

const BY_CODE: Record<string, string> = {
  thread_not_found:
    "The thread is gone (a thread expires 5 minutes after its last request, and is best-effort): send the whole conversation again with thread create.",
  thread_already_continued:
    "That reply has already been continued, and a reply can be continued once: continue from the thread's latest reply.",
  thread_continue_in_flight:
    "Another request is still continuing from that reply: wait for it and continue from its reply, or start a new thread.",
  thread_fingerprint_mismatch:
    "A field the thread keeps the same on every turn differs from the thread's: send the thread's value, or start a new thread.",
  thread_unsupported_request:
    "Threads do not support something in this request: send the whole conversation without thread.",
};

const BY_STATUS: Record<number, string> = {
  401: "The API key was refused: check that it is complete and still active.",
  402: "The account cannot pay for this call (no credit left, or a billing problem): add credit, or use another key.",
  403: "This key is not allowed to make this call (the model, a beta feature or the workspace).",
  408: "The API gave up waiting for the request.",
  413: "The request is too large for the API (bodies over 32 MB); some gateways also answer 413 for input over the model's context window.",
  429: "The rate limit was reached: wait a moment, then try again.",
  500: "The API had an internal error: try again.",
  502: "A gateway in front of the API failed.",
  503: "The API is unavailable right now.",
  504: "The API timed out.",
  529: "The API is overloaded right now: try again in a moment.",
};

const BY_TYPE: Record<string, string> = {
  authentication_error: BY_STATUS[401],
  billing_error: BY_STATUS[402],
  permission_error: BY_STATUS[403],
  request_too_large: BY_STATUS[413],
  rate_limit_error: BY_STATUS[429],
  api_error: BY_STATUS[500],
  timeout_error: BY_STATUS[504],
  overloaded_error: BY_STATUS[529],
};

/** The plain explanation of an error, or undefined when the API's own words need none (a 400 names its field). */
export function explainError(error: ExplainableError): string | undefined {
  return (
    (error.code ? BY_CODE[error.code] : undefined) ??
    (error.status ? BY_STATUS[error.status] : undefined) ??
    BY_TYPE[error.type]
  );
}
