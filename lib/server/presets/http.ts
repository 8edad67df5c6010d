import "server-only";

import { apiErrorBody } from "@/lib/messages/errors";
import type { ApiErrorType } from "@/lib/messages/types";
import type { PresetErrorCode } from "@/lib/presets/result";
import { readCapped } from "@/lib/read-capped";
import { DELETE_TOKEN_HEADER } from "@/lib/proxy-headers";
import { readConfig, type ServerConfig } from "../config";
import { log } from "../log";
import { SHARE_MAX_BYTES, shareStore } from "./share-store";

// The share API: POST /api/presets with a preset → {id, url, deleteToken, expiresAt}; GET /api/presets/ID
// → the preset; DELETE /api/presets/ID with the link's delete token (header x-playground-delete-token), or
// by anyone who holds the access token when one is set. Errors use the Messages API's error body, so the
// client shows them like any other API error.

/** Shared presets may hold confidential text, and a link can be deleted: never cached, never indexed. */
const PRIVATE = { "cache-control": "private, no-store", "x-robots-tag": "noindex, nofollow" };

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
  return Response.json(apiErrorBody(type, message), { status, headers: PRIVATE });
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

export async function postPreset(request: Request, config: ServerConfig = readConfig()): Promise<Response> {
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
  const stored = await withStore(config, (store) => store.put(json));
  if (stored instanceof Response) return stored;
  if (!stored.ok) return errorResponse(stored.error.code, stored.error.message);
  const { id, deleteToken, expiresAt } = stored.value;
  const url = new URL(`/s/${id}`, publicOrigin(request)).href;
  return Response.json(
    { id, url, deleteToken, expiresAt: expiresAt === undefined ? null : new Date(expiresAt).toISOString() },
    { status: 201, headers: PRIVATE },
  );
}

export async function getPreset(id: string, config: ServerConfig = readConfig()): Promise<Response> {
  const found = await withStore(config, (store) => store.get(id));
  if (found instanceof Response) return found;
  if (!found.ok) return errorResponse(found.error.code, found.error.message);
  return Response.json(found.value, { headers: PRIVATE });
}

/** Deletes a link: with its delete token, or any link when an access token guards the API (the caller
 * has already checked it). */
export async function deletePreset(
  request: Request,
  id: string,
  config: ServerConfig = readConfig(),
): Promise<Response> {
  const deleteToken = request.headers.get(DELETE_TOKEN_HEADER)?.trim() || undefined;
  const outcome = await withStore(config, (store) =>
    store.delete(id, config.accessToken ? { anyLink: true } : { deleteToken }),
  );
  if (outcome instanceof Response) return outcome;
  if (outcome === "deleted") return new Response(null, { status: 204, headers: PRIVATE });
  if (outcome === "not_found") return errorResponse("not_found", "No shared preset has this id.");
  return Response.json(
    apiErrorBody(
      "permission_error",
      deleteToken
        ? "This delete token does not belong to this link."
        : `Deleting a link takes its delete token (in the ${DELETE_TOKEN_HEADER} header), shown once when the link was made.`,
    ),
    { status: 403, headers: PRIVATE },
  );
}

/** Runs `work` on the share store; a database that cannot be reached is a 503 in the API's shape. */
async function withStore<T>(
  config: ServerConfig,
  work: (store: Awaited<ReturnType<typeof shareStore>>) => Promise<T>,
): Promise<T | Response> {
  try {
    return await work(await shareStore(config));
  } catch (error) {
    log("error", "the share store failed", { error: (error as Error).message.replace(/\/\/[^@/\s]*@/g, "//***@") });
    return Response.json(
      apiErrorBody("api_error", "The share store is unavailable right now. Try again in a moment."),
      { status: 503, headers: { ...PRIVATE, "retry-after": "5" } },
    );
  }
}
