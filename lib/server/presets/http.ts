import "server-only";

import { apiErrorBody } from "@/lib/messages/errors";
import type { ApiErrorType } from "@/lib/messages/types";
import type { PresetErrorCode } from "@/lib/presets/result";
import { readConfig } from "../config";
import { getShareStore, SHARE_MAX_BYTES } from "./share-store";
import { readCapped } from "@/lib/read-capped";

// The share API: POST /api/presets with a preset → {id, url}; GET /api/presets/ID → the preset.
// Errors use the Messages API's error body, so the client shows them like any other API error.

const ERROR_TYPE: Record<PresetErrorCode, [ApiErrorType, number]> = {
  empty: ["invalid_request_error", 400],
  not_encoded: ["invalid_request_error", 400],
  not_json: ["invalid_request_error", 400],
  wrong_schema: ["invalid_request_error", 400],
  future_version: ["invalid_request_error", 400],
  contains_secret: ["invalid_request_error", 400],
  too_large: ["request_too_large", 413],
  not_found: ["not_found_error", 404],
  storage: ["api_error", 500],
};

function errorResponse(code: PresetErrorCode, message: string): Response {
  const [type, status] = ERROR_TYPE[code];
  return Response.json(apiErrorBody(type, message), { status });
}

/** Reads at most `cap` bytes of the body; null when it is longer (never buffers a giant upload). */
async function readBodyText(request: Request, cap: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > cap) return null;
  if (!request.body) return "";
  const bytes = await readCapped(request.body, cap);
  return bytes === null ? null : Buffer.from(bytes).toString("utf8");
}

/** The origin the client used: `request.url` under `next start` says localhost whatever the Host was. */
function publicOrigin(request: Request): string {
  const fallback = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? fallback.host;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim() ?? fallback.protocol.replace(/:$/, "");
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return fallback.origin;
  }
}

export async function postPreset(request: Request): Promise<Response> {
  // Pretty-printed JSON is larger than the canonical form the cap applies to: allow some slack.
  const text = await readBodyText(request, SHARE_MAX_BYTES * 2);
  if (text === null)
    return errorResponse(
      "too_large",
      `The preset is larger than the ${SHARE_MAX_BYTES / 1024 / 1024} MB limit of shared presets.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return errorResponse("not_json", "The request body is not valid JSON.");
  }
  const stored = getShareStore(readConfig().dbPath).put(json);
  if (!stored.ok) return errorResponse(stored.error.code, stored.error.message);
  const url = new URL(`/s/${stored.value.id}`, publicOrigin(request)).href;
  return Response.json({ id: stored.value.id, url }, { status: 201 });
}

export function getPreset(id: string): Response {
  const found = getShareStore(readConfig().dbPath).get(id);
  if (!found.ok) return errorResponse(found.error.code, found.error.message);
  // Immutable and content-addressed: a stored preset never changes under its id.
  return Response.json(found.value, { headers: { "cache-control": "public, max-age=31536000, immutable" } });
}
