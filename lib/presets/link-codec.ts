// Self-contained share links: the preset as canonical JSON, deflate-raw compressed with the
// platform's CompressionStream, base64url-encoded into the URL fragment (`#preset=...`), which the
// browser never sends to any server. Decoding treats the link as hostile: every step is capped and
// every failure becomes a message, never an exception.
import { base64urlToBytes, bytesToBase64url } from "./base64url";
import { canonicalJson } from "./canonical-json";
import { parsePreset } from "./migrate";
import { fail, ok, type Result } from "./result";
import type { Preset } from "./schema";
import { findSecret, secretMessage } from "./secrets";
import { readCapped } from "@/lib/read-capped";

export const FRAGMENT_KEY = "preset";
/** Longest fragment payload we try to decode (characters). */
export const MAX_FRAGMENT_CHARS = 4 * 1024 * 1024;
/** Most bytes a fragment may inflate to: stops a compression bomb early. */
export const MAX_DECODED_BYTES = 8 * 1024 * 1024;
/** Above this URL length the Share dialog prefers the short link: many tools cut longer URLs. */
export const FRAGMENT_URL_SOFT_LIMIT = 8_000;

function pipeBytes(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  cap: number,
): Promise<Uint8Array | null> {
  return readCapped(new Blob([bytes as BlobPart]).stream().pipeThrough(transform), cap);
}

/** The fragment payload (without `#preset=`) for a preset. Refuses a preset that holds a key. */
export async function encodePresetPayload(preset: Preset): Promise<Result<string>> {
  const secret = findSecret(preset);
  if (secret) return fail("contains_secret", secretMessage(secret));
  const bytes = new TextEncoder().encode(canonicalJson(preset));
  const compressed = await pipeBytes(bytes, new CompressionStream("deflate-raw"), Number.MAX_SAFE_INTEGER);
  return ok(bytesToBase64url(compressed!));
}

/** A full share URL: `${base}#preset=...`. */
export async function buildFragmentUrl(preset: Preset, base: string): Promise<Result<string>> {
  const payload = await encodePresetPayload(preset);
  if (!payload.ok) return payload;
  return ok(`${base.replace(/#.*$/, "")}#${FRAGMENT_KEY}=${payload.value}`);
}

/** The payload in a location hash, or null when the hash holds no preset. */
export function payloadFromHash(hash: string): string | null {
  const params = hash.replace(/^#/, "").split("&");
  for (const param of params) {
    if (param.startsWith(`${FRAGMENT_KEY}=`)) return param.slice(FRAGMENT_KEY.length + 1);
  }
  return null;
}

/** Decodes a fragment payload into a validated preset. Never throws. */
export async function decodePresetPayload(payload: unknown): Promise<Result<Preset>> {
  try {
    if (typeof payload !== "string" || payload.length === 0) return fail("empty", "The link holds no preset.");
    if (payload.length > MAX_FRAGMENT_CHARS) return fail("too_large", "The link is too long to be a preset.");
    const bytes = base64urlToBytes(payload);
    if (!bytes)
      return fail(
        "not_encoded",
        "The link is damaged: its preset is not in the expected encoding (it may have been cut off when copied).",
      );
    let inflated: Uint8Array | null;
    try {
      inflated = await pipeBytes(bytes, new DecompressionStream("deflate-raw"), MAX_DECODED_BYTES);
    } catch {
      return fail(
        "not_encoded",
        "The link is damaged: its preset does not decompress (it may have been cut off when copied).",
      );
    }
    if (!inflated)
      return fail(
        "too_large",
        `The link's preset is larger than ${MAX_DECODED_BYTES / 1024 / 1024} MB once unpacked; it was not opened.`,
      );
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(inflated);
    } catch {
      return fail("not_json", "The link is damaged: its preset is not text.");
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail("not_json", "The link is damaged: its preset is not valid JSON.");
    }
    return parsePreset(json);
  } catch (error) {
    return fail("not_encoded", `The link could not be read: ${(error as Error).message}`);
  }
}
