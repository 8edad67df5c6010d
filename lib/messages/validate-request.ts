// Model-aware validation of a Messages request: the same rules in the simulator (which answers with
// the API's errors) and in the panel (which shows each message on the field at fault).
// Every rule reads the model catalogue; none names a model in code.
import type { ApiErrorType } from "./types";
import { issuePath, MessageRequestSchema } from "./request-schema";
import { findModel } from "@/lib/models";

export interface ValidationIssue {
  /** Dotted path of the field at fault (`max_tokens`, `messages.0.content`, `thinking.budget_tokens`). */
  path: string;
  message: string;
  /** The API error this becomes: its type sets the HTTP status. */
  errorType: ApiErrorType;
}

export interface ValidateOptions {
  /** count_tokens takes no max_tokens and ignores output-side rules. */
  endpoint?: "messages" | "count_tokens";
}

/** Returns every issue found, first the one the real API would report. Empty means valid. */
export function validateRequest(body: unknown, options: ValidateOptions = {}): ValidationIssue[] {
  void options;
  const parsed = MessageRequestSchema.safeParse(body);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: issuePath(issue.path),
      message: `${issuePath(issue.path)}: ${issue.message}`,
      errorType: "invalid_request_error" as const,
    }));
  }
  const request = parsed.data;
  const model = findModel(request.model);
  if (!model) return [{ path: "model", message: `model: ${request.model}`, errorType: "not_found_error" }];
  const issues: ValidationIssue[] = [];
  if (request.max_tokens > model.maxOutput) {
    issues.push({
      path: "max_tokens",
      message: `max_tokens: ${request.max_tokens} > ${model.maxOutput}, which is the maximum allowed number of output tokens for ${model.id}`,
      errorType: "invalid_request_error",
    });
  }
  return issues;
}
