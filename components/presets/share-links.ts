"use client";

import { parseApiErrorBody } from "@/lib/messages/errors";
import { buildFragmentUrl } from "@/lib/presets/link-codec";
import { fail, ok, type Result } from "@/lib/presets/result";
import type { Preset } from "@/lib/presets/schema";
import { apiFetch } from "@/lib/client/api-fetch";

/** The self-contained link: this page's address with the preset in the fragment. */
export function fragmentLink(preset: Preset): Promise<Result<string>> {
  return buildFragmentUrl(preset, `${window.location.origin}/`);
}

/** The short link: the server stores the preset and answers with its id. */
export async function shortLink(preset: Preset): Promise<Result<string>> {
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
    const id = (body as { id?: unknown })?.id;
    return typeof id === "string" && /^[A-Za-z0-9_-]+$/.test(id)
      ? ok(`${window.location.origin}/s/${id}`)
      : fail("storage", "The server's answer had no link.");
  } catch (error) {
    return fail("storage", `The server could not be reached: ${(error as Error).message}`);
  }
}
