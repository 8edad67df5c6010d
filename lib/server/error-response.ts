import "server-only";

import { apiErrorBody, ERROR_STATUS } from "@/lib/messages/errors";
import type { ApiErrorType } from "@/lib/messages/types";

// Every error the server's API routes return has the API's shape, so the SDK and the playground read it the same way,
// with a message a person can act on. This is the one place that writes them; an upstream's own errors pass through as
// the upstream wrote them (proxy/api-error.ts).

export function errorResponse(
  type: ApiErrorType,
  message: string,
  init: { status?: number; headers?: HeadersInit } = {},
): Response {
  return Response.json(apiErrorBody(type, message), {
    status: init.status ?? ERROR_STATUS[type],
    headers: init.headers,
  });
}
