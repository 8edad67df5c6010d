"use client";

import { parseApiErrorBody } from "@/lib/messages/errors";
import { buildFragmentUrl } from "@/lib/presets/link-codec";
import { fail, ok, type Result } from "@/lib/presets/result";
import type { Preset } from "@/lib/presets/schema";
import { apiFetch } from "@/lib/client/api-fetch";
import { DELETE_TOKEN_HEADER } from "@/lib/proxy-headers";

/** A short link the server made: its address, and what deletes it (shown once, never stored here). */
export interface ShortLink {
  url: string;
  id: string;
  deleteToken: string | undefined;
  /** ISO date when the link stops working, or null when it lasts until deleted. */
  expiresAt: string | null;
}

/** The self-contained link: this page's address with the preset in the fragment. */
export function fragmentLink(preset: Preset): Promise<Result<string>> {
  return buildFragmentUrl(preset, `${window.location.origin}/`);
}

/** The short link: the server stores the preset and answers with its id and delete token. */
export async function shortLink(preset: Preset): Promise<Result<ShortLink>> {
  try {
    const response = await apiFetch("/api/presets", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(preset),
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = parseApiErrorBody(body);
      return fail(
        "storage",
        error?.error.message ?? `The server could not store the preset (HTTP ${response.status}).`,
      );
    }
    // Built from this page's origin: behind a reverse proxy the server may not know its public address.
    const { id, deleteToken, expiresAt } = (body ?? {}) as Record<string, unknown>;
    if (typeof id !== "string" || !/^[A-Za-z0-9_-]+$/.test(id))
      return fail("storage", "The server's answer had no link.");
    return ok({
      url: `${window.location.origin}/s/${id}`,
      id,
      deleteToken: typeof deleteToken === "string" ? deleteToken : undefined,
      expiresAt: typeof expiresAt === "string" ? expiresAt : null,
    });
  } catch (error) {
    return fail("storage", `The server could not be reached: ${(error as Error).message}`);
  }
}

/** Deletes a short link with its delete token; the error says why not. */
export async function deleteShortLink(link: ShortLink): Promise<Result<true>> {
  try {
    const response = await apiFetch(`/api/presets/${link.id}`, {
      method: "DELETE",
      headers: link.deleteToken ? { [DELETE_TOKEN_HEADER]: link.deleteToken } : {},
    });
    if (response.ok || response.status === 404) return ok(true);
    const error = parseApiErrorBody(await response.json().catch(() => null));
    return fail("storage", error?.error.message ?? `The server could not delete the link (HTTP ${response.status}).`);
  } catch (error) {
    return fail("storage", `The server could not be reached: ${(error as Error).message}`);
  }
}
