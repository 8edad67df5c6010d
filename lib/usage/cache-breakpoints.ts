// Prompt caching made visible: where a request's cache breakpoints sit, and whether an edit since the
// last call changed anything above one (the cached prefix must match exactly: tools, then system, then
// messages, in that order, up to and including the block that carries `cache_control`).
import type { RequestBody } from "@/lib/messages/types";
import type { CacheTtl } from "./pricing";

export interface PrefixBlock {
  /** Where the block sits, as a JSON path into the request: `tools[0]`, `system[1]`, `messages[2].content[0]`. */
  path: string;
  /** The block's content without its `cache_control`, in a canonical form to compare. */
  key: string;
  ttl: CacheTtl | null;
}

export interface Breakpoint {
  path: string;
  ttl: CacheTtl;
  /** Position in the flattened prefix. */
  position: number;
  /** Placed by the request's top-level `cache_control` (automatic caching) on its last block. */
  automatic?: boolean;
}

const TTL_MS: Record<CacheTtl, number> = { "5m": 5 * 60_000, "1h": 60 * 60_000 };

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => k !== "cache_control" && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function ttlOf(block: unknown): CacheTtl | null {
  const control = (block as { cache_control?: { type?: string; ttl?: string } } | null)?.cache_control;
  if (!control || typeof control !== "object") return null;
  return control.ttl === "1h" ? "1h" : "5m";
}

/** The request as the cache sees it: one entry per block, in prefix order. */
export function flattenPrefix(request: RequestBody): PrefixBlock[] {
  const out: PrefixBlock[] = [];
  const push = (path: string, block: unknown, ttl = ttlOf(block)) => out.push({ path, key: canonical(block), ttl });
  if (Array.isArray(request.tools)) request.tools.forEach((tool, i) => push(`tools[${i}]`, tool));
  if (typeof request.system === "string") push("system", request.system);
  else if (Array.isArray(request.system)) request.system.forEach((block, i) => push(`system[${i}]`, block));
  request.messages.forEach((message, m) => {
    const { role, content } = (message ?? {}) as { role?: unknown; content?: unknown };
    if (Array.isArray(content))
      content.forEach((block, i) => push(`messages[${m}].content[${i}]`, { role, block }, ttlOf(block)));
    else push(`messages[${m}]`, { role, content });
  });
  return out;
}

export function findBreakpoints(request: RequestBody): Breakpoint[] {
  const blocks = flattenPrefix(request);
  const found: Breakpoint[] = blocks.flatMap((block, position) =>
    block.ttl ? [{ path: block.path, ttl: block.ttl, position }] : [],
  );
  // Automatic caching: the top-level `cache_control` marks the last block, moving forward as the conversation grows.
  const automatic = ttlOf(request);
  const last = blocks.length - 1;
  if (automatic && last >= 0 && !blocks[last].ttl)
    found.push({ path: blocks[last].path, ttl: automatic, position: last, automatic: true });
  return found;
}

/** The longest lifetime among the request's breakpoints, or null when it has none. */
export function longestTtl(request: RequestBody): CacheTtl | null {
  const ttls = findBreakpoints(request).map((b) => b.ttl);
  return ttls.includes("1h") ? "1h" : ttls.length ? "5m" : null;
}

/** When the entries written or read by a call ending at `endedAt` expire (each hit refreshes the lifetime). */
export function cacheExpiry(request: RequestBody, endedAt: number): { ttl: CacheTtl; expiresAt: number } | null {
  const ttl = longestTtl(request);
  return ttl ? { ttl, expiresAt: endedAt + TTL_MS[ttl] } : null;
}

export interface CacheMiss {
  /** The first block that differs from the last call's request. */
  changedPath: string;
  /** The breakpoints of the last call whose cached prefix the change breaks. */
  brokenBreakpoints: string[];
}

/** Where two requests' cached prefixes part: from there on, the second cannot read what the first wrote. */
export interface PrefixSplit extends CacheMiss {
  /** What differs first: the model (a cache is per model), a setting the messages' cache is keyed on
   * (`tool_choice`, `thinking`, the images in the prompt), or a block of the prefix. */
  cause: "model" | "setting" | "block";
  /** The first position in the flattened prefix whose cache entry the difference reaches. */
  position: number;
}

/** Request settings outside the prefix that the cache of the messages still depends on (the prompt-caching docs'
 * "what invalidates the cache": changing them keeps the tools' and the system's entries and loses the messages').
 * Each reads the request as the API would: an absent setting is its default. */
const MESSAGE_CACHE_KEYS: { path: string; read: (request: RequestBody) => unknown }[] = [
  { path: "tool_choice", read: (r) => r.tool_choice ?? { type: "auto" } },
  { path: "thinking", read: (r) => r.thinking ?? { type: "disabled" } },
  { path: "images", read: (r) => countImages(r.messages) },
];

function countImages(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countImages(item), 0);
  if (!value || typeof value !== "object") return 0;
  const record = value as Record<string, unknown>;
  return (record.type === "image" ? 1 : 0) + countImages(record.content);
}

/**
 * The first place where `second` stops matching the cache entries `first` wrote, and which of `first`'s breakpoints
 * that breaks; null when their prefixes are the same (one may still go on after the other ends).
 */
export function prefixSplit(first: RequestBody, second: RequestBody): PrefixSplit | null {
  const breakpoints = findBreakpoints(first);
  const brokenFrom = (position: number) => breakpoints.filter((b) => b.position >= position).map((b) => b.path);
  if (first.model !== second.model)
    return { changedPath: "model", cause: "model", position: 0, brokenBreakpoints: brokenFrom(0) };
  const before = flattenPrefix(first);
  const after = flattenPrefix(second);
  let block: PrefixSplit | null = null;
  for (let i = 0; i < Math.min(before.length, after.length) && !block; i++)
    if (before[i].key !== after[i].key)
      block = { changedPath: after[i].path, cause: "block", position: i, brokenBreakpoints: brokenFrom(i) };
  if (!block && before.length !== after.length) {
    const i = Math.min(before.length, after.length);
    const path = (after[i] ?? before[i]).path;
    block = { changedPath: path, cause: "block", position: i, brokenBreakpoints: brokenFrom(i) };
  }
  // A setting the messages' cache is keyed on parts the prefixes at the first message, unless a block did earlier.
  const firstMessage = before.findIndex((b) => b.path.startsWith("messages"));
  const messagesAt = firstMessage < 0 ? before.length : firstMessage;
  if (!block || block.position > messagesAt) {
    const setting = MESSAGE_CACHE_KEYS.find((k) => canonical(k.read(first)) !== canonical(k.read(second)));
    if (setting)
      return {
        changedPath: setting.path,
        cause: "setting",
        position: messagesAt,
        brokenBreakpoints: brokenFrom(messagesAt),
      };
  }
  return block;
}

/**
 * Whether the request as edited now will miss cache entries the previous call used: an edit above a
 * breakpoint, a different model (caches are per model), or a setting the messages' cache is keyed on. Null when
 * every cached prefix still matches.
 */
export function predictCacheMiss(previous: RequestBody, current: RequestBody): CacheMiss | null {
  const split = prefixSplit(previous, current);
  if (!split?.brokenBreakpoints.length) return null;
  return { changedPath: split.changedPath, brokenBreakpoints: split.brokenBreakpoints };
}
