import type { ApiErrorBody, ApiErrorDetails, ApiErrorType } from "./types";

/**
 * A call that failed, as the page keeps it: the API's error type and words, the HTTP status, and
 * `error.details.error_code` when the API names the cause. The one error type of a run, its history and its view.
 */
export interface CallError {
  type: string;
  message: string;
  status?: number;
  code?: string;
}

/** HTTP status of each API error type, as the real API answers them. */
export const ERROR_STATUS: Record<ApiErrorType, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  conflict_error: 409,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 529,
};

const TYPE_BY_STATUS = new Map<number, ApiErrorType>(
  Object.entries(ERROR_STATUS).map(([type, status]) => [status, type as ApiErrorType]),
);

export function errorTypeForStatus(status: number): ApiErrorType {
  return TYPE_BY_STATUS.get(status) ?? (status >= 500 ? "api_error" : "invalid_request_error");
}

/** An error body as the API writes one: `details` is `null` unless the error has a code. */
export function apiErrorBody(
  type: ApiErrorType,
  message: string,
  requestId?: string,
  details: ApiErrorDetails | null = null,
): ApiErrorBody {
  return { type: "error", error: { type, message, details }, request_id: requestId ?? null };
}

/** Reads an error body leniently: anything that is not the API's shape yields undefined. */
export function parseApiErrorBody(value: unknown): ApiErrorBody | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const error = (value as { error?: unknown }).error;
  if (typeof error !== "object" || error === null) return undefined;
  const { type, message, details } = error as { type?: unknown; message?: unknown; details?: unknown };
  if (typeof type !== "string" || typeof message !== "string") return undefined;
  const requestId = (value as { request_id?: unknown }).request_id;
  return {
    type: "error",
    error: { type: type as ApiErrorType, message, details: isDetails(details) ? details : null },
    request_id: typeof requestId === "string" ? requestId : null,
  };
}

function isDetails(value: unknown): value is ApiErrorDetails {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { error_code?: unknown }).error_code === "string"
  );
}
