import "server-only";

import type { RequestFacts } from "./runtime";
import { currentRequestFacts } from "./runtime";

// Who the client is, for the rate limit: with PLAYGROUND_TRUSTED_PROXY_HOPS = 0 (no proxy in front) the
// socket's address, whatever `x-forwarded-for` says; with N proxies in front, the address the Nth one from
// the app saw, i.e. the Nth `x-forwarded-for` entry from the right. Entries further left were written by
// whoever called the outermost proxy, and cannot be trusted.

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is `10.0.0.1`. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

export function clientAddress(facts: RequestFacts, hops: number): string {
  const forwarded = (facts.forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = facts.socketAddress ? [...forwarded, facts.socketAddress] : forwarded;
  // Fewer entries than hops: the request came through fewer proxies; the leftmost is the furthest known.
  const address = chain[Math.max(0, chain.length - 1 - hops)];
  return address ? plain(address) : "unknown";
}

/**
 * The facts of a request handled by an App Router route: those the production server recorded, else (a
 * bare `next start`) the `x-forwarded-for` Next.js passes on, whose last entry is the socket's address
 * only when the client sent none — so only scripts/server.mjs makes hops = 0 proof against spoofing.
 */
export function factsOf(request: { headers: Headers }): RequestFacts {
  return (
    currentRequestFacts() ?? {
      socketAddress: undefined,
      forwardedFor: request.headers.get("x-forwarded-for") ?? undefined,
    }
  );
}
