import "server-only";

// The upstream's profile, from the files named by PLAYGROUND_UPSTREAM_PROFILE (limits, prices, errors, models)
// and PLAYGROUND_PRICES_FILE (prices only, laid over the profile's). Re-read when a file changes, so an operator's
// edit shows without a restart; a bad file is ignored with the reason, and the catalogue stands.
import { readFile, stat } from "node:fs/promises";
import { modelLookup, type ModelLookup } from "@/lib/models/lookup";
import {
  mergeProfiles,
  NO_PROFILE,
  parseProfile,
  profileFromPriceFile,
  type UpstreamProfile,
} from "@/lib/models/profile";
import { parsePriceFile } from "@/lib/models/price-file";

export interface UpstreamProfileResult {
  profile: UpstreamProfile;
  /** Why a file was ignored, for the operator and the page; the catalogue's facts then stand for it. */
  errors: string[];
}

type Read = { profile: UpstreamProfile } | { error: string };

const cache = new Map<string, { stamp: string; read: Read }>();

/** A file's parsed content, parsed again only when its size or time changes. */
async function readCached(variable: string, path: string, parse: (text: string) => Read): Promise<Read> {
  let stamp: string;
  try {
    const info = await stat(path);
    stamp = `${info.size}:${info.mtimeMs}`;
  } catch (error) {
    return { error: `${variable} could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}).` };
  }
  const hit = cache.get(path);
  if (hit?.stamp === stamp) return hit.read;
  let read: Read;
  try {
    read = parse(await readFile(path, "utf8"));
  } catch (error) {
    read = { error: `${variable} could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}).` };
  }
  cache.set(path, { stamp, read });
  return read;
}

function priceFileAsProfile(text: string): Read {
  const result = parsePriceFile(text, "PLAYGROUND_PRICES_FILE");
  return "error" in result ? result : { profile: profileFromPriceFile(result.file, "PLAYGROUND_PRICES_FILE") };
}

let lastMerge: { parts: UpstreamProfile[]; profile: UpstreamProfile } | undefined;

/** The files' profiles merged, the same object while they are unchanged (the lookup built on it is then reused). */
function merged(parts: UpstreamProfile[]): UpstreamProfile {
  if (parts.length === 0) return NO_PROFILE;
  if (parts.length === 1) return parts[0];
  if (lastMerge?.parts.length === parts.length && lastMerge.parts.every((p, i) => p === parts[i]))
    return lastMerge.profile;
  lastMerge = { parts, profile: parts.reduce(mergeProfiles) };
  return lastMerge.profile;
}

export async function readUpstreamProfile(
  env: Record<string, string | undefined> = process.env,
): Promise<UpstreamProfileResult> {
  const parts: UpstreamProfile[] = [];
  const errors: string[] = [];
  const sources: [string, (text: string) => Read][] = [
    ["PLAYGROUND_UPSTREAM_PROFILE", (text) => parseProfile(text, "PLAYGROUND_UPSTREAM_PROFILE")],
    ["PLAYGROUND_PRICES_FILE", priceFileAsProfile],
  ];
  for (const [variable, parse] of sources) {
    const path = env[variable];
    if (!path) continue;
    const read = await readCached(variable, path, parse);
    if ("error" in read) errors.push(read.error);
    else parts.push(read.profile);
  }
  return { profile: merged(parts), errors };
}

let warned = "";

/** The models as the configured upstream serves them, for the in-process simulator; a bad file is logged once. */
export async function upstreamModels(): Promise<ModelLookup> {
  const { profile, errors } = await readUpstreamProfile();
  const message = errors.join(" ");
  if (message && message !== warned) console.warn(`[profile] ${message} Using the catalogue for it.`);
  warned = message;
  return modelLookup(profile);
}
