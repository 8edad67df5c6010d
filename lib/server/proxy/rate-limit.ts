import "server-only";

import type { HasHeaders } from "./proxy-request";

/**
 * Requests per minute per client, as a token bucket: a client may burst up to the minute's allowance,
 * then gets one request back every 60/limit seconds. Memory stays bounded: full buckets are dropped.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request for `client`; when refused, says how many seconds until the next one is allowed. */
  take(client: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    if (this.perMinute <= 0) return { allowed: true };
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.prune();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / refillPerMs / 1000) };
  }

  private prune() {
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * refillPerMs >= this.perMinute) this.buckets.delete(client);
    }
  }
}

// One limiter per process and limit, kept across requests (route modules may be loaded more than once).
const limiters = ((globalThis as { __playgroundRateLimiters?: Map<number, RateLimiter> }).__playgroundRateLimiters ??=
  new Map());

export function sharedRateLimiter(perMinute: number): RateLimiter {
  let limiter = limiters.get(perMinute);
  if (!limiter) limiters.set(perMinute, (limiter = new RateLimiter(perMinute)));
  return limiter;
}

/**
 * The client a request comes from. App Router route handlers do not see the socket; `next start` fills
 * `x-forwarded-for` with the peer address when the header is absent (the proxy's API routes do the same:
 * proxy-request.ts), and a reverse proxy appends the address it saw: the last entry is the one the nearest
 * hop vouches for.
 */
export function clientId(request: HasHeaders): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || "unknown";
}
