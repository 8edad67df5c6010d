// Prompt caching as the API does it: a `cache_control` breakpoint caches the prompt prefix up to and
// including its block (tools → system → messages); a later request whose prefix matches reads it while the
// entry lives (5 minutes, or 1 hour with ttl "1h", refreshed on every read); a prefix shorter than the
// model's minimum cacheable length is never cached.
import { PROMPT_BASE_TOKENS, type PromptSegment } from "@/lib/messages/token-count";
import { hashText } from "./ids";

export const CACHE_TTL_MS = { "5m": 5 * 60_000, "1h": 60 * 60_000 } as const;

export interface CacheUsage {
  cacheReadTokens: number;
  cacheWrite5mTokens: number;
  cacheWrite1hTokens: number;
}

interface Entry {
  expiresAt: number;
  ttlMs: number;
}

export class PromptCache {
  private entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Reads the longest live cached prefix, writes the prefix of the last breakpoint, returns the usage split. */
  apply(modelId: string, segments: PromptSegment[], minCacheableTokens: number): CacheUsage {
    const usage: CacheUsage = { cacheReadTokens: 0, cacheWrite5mTokens: 0, cacheWrite1hTokens: 0 };
    const breakpoints = segments.flatMap((s, i) => (s.cacheControl ? [i] : []));
    if (breakpoints.length === 0) return usage;
    const now = this.now();
    this.evict(now);

    // Rolling keys and token counts of every prefix, so each lookup is O(1).
    const keys: string[] = [];
    const prefixTokens: number[] = [];
    let rolling = hashText(modelId).toString(36);
    let tokens = PROMPT_BASE_TOKENS;
    for (const segment of segments) {
      rolling = `${hashText(`${rolling}\u0000${segment.key}`).toString(36)}.${keys.length}`;
      tokens += segment.tokens;
      keys.push(`${modelId}:${rolling}`);
      prefixTokens.push(tokens);
    }

    const last = breakpoints.at(-1)!;
    let hit = -1;
    for (let i = last; i >= 0; i--) {
      const entry = this.entries.get(keys[i]);
      if (entry && entry.expiresAt > now) {
        hit = i;
        entry.expiresAt = now + entry.ttlMs;
        break;
      }
    }
    if (hit >= 0) usage.cacheReadTokens = prefixTokens[hit];

    for (const i of breakpoints) {
      if (i <= hit || prefixTokens[i] < minCacheableTokens) continue;
      const ttl = segments[i].cacheControl?.ttl === "1h" ? "1h" : "5m";
      this.entries.set(keys[i], { expiresAt: now + CACHE_TTL_MS[ttl], ttlMs: CACHE_TTL_MS[ttl] });
      if (i === last) {
        const written = prefixTokens[i] - usage.cacheReadTokens;
        if (ttl === "1h") usage.cacheWrite1hTokens = written;
        else usage.cacheWrite5mTokens = written;
      }
    }
    return usage;
  }

  clear(): void {
    this.entries.clear();
  }

  private evict(now: number) {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
