import "server-only";

import { readCapped } from "@/lib/read-capped";
import { errorResponse } from "../error-response";
import type { ProxyRequest } from "./proxy-request";

export type BodyResult =
  | { ok: true; bytes: Uint8Array | undefined; model?: string }
  /** `bytes`: what arrived of a body refused for what it holds (not JSON), for the traffic log. */
  | { ok: false; response: Response; bytes?: Uint8Array };

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 3 : 1)} MB`;

function tooLarge(limit: number): BodyResult {
  return {
    ok: false,
    response: errorResponse(
      "request_too_large",
      `The request body is larger than this server accepts (${megabytes(limit)}). Remove large images or documents, or raise PLAYGROUND_MAX_BODY_BYTES.`,
    ),
  };
}

/**
 * Reads the request body, refusing it as soon as it passes `limit` (before any upstream call), and checks
 * that it is JSON. The bytes are kept as sent: the upstream receives exactly what the client wrote.
 */
export async function readJsonBody(
  request: Pick<ProxyRequest, "method" | "headers" | "body">,
  limit: number,
): Promise<BodyResult> {
  if (request.method === "GET" || request.method === "HEAD") return { ok: true, bytes: undefined };
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);
  if (!request.body) return invalidJson("The request has no body: send a JSON object.");

  const bytes = await readCapped(request.body, limit);
  if (bytes === null) return tooLarge(limit);
  let model: unknown;
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return { ...invalidJson("The request body must be a JSON object."), bytes };
    model = (value as { model?: unknown }).model;
  } catch (error) {
    return { ...invalidJson(`The request body is not valid JSON (${(error as Error).message}).`), bytes };
  }
  // The model named, for the call's log line (only a plausible id: it is logged).
  return { ok: true, bytes, model: typeof model === "string" && model.length <= 200 ? model : undefined };
}

function invalidJson(message: string): BodyResult {
  return { ok: false, response: errorResponse("invalid_request_error", message) };
}
