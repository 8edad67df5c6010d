"use client";

import { useEffect, useMemo, useState } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { cacheExpiry, findBreakpoints, predictCacheMiss } from "@/lib/usage/cache-breakpoints";
import { formatTokens } from "@/lib/usage/format";
import { tokenCounts } from "@/lib/usage/pricing";
import { useModelLookup } from "../hooks/use-model-lookup";

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/** Prompt caching made visible: breakpoints now, what the last call wrote and read, how long it lives. */
export function CacheStatus() {
  const request = usePlaygroundStore((s) => s.request);
  const models = useModelLookup();
  const last = usePlaygroundStore((s) => s.lastRequest);
  const lastCall = usePlaygroundStore((s) =>
    s.lastRequest ? s.history.find((c) => c.id === s.lastRequest!.id) : undefined,
  );
  const breakpoints = useMemo(() => findBreakpoints(request), [request]);
  // Only a live entry can be missed: no warning when the last call cached nothing or its entry expired.
  const miss = useMemo(() => (last ? predictCacheMiss(last.request, request) : null), [last, request]);
  const counts = lastCall ? tokenCounts(lastCall.usage) : undefined;
  const writes = counts ? counts.cacheWrite5m + counts.cacheWrite1h : 0;
  const used = Boolean(counts && (writes > 0 || counts.cacheRead > 0));
  const expiry =
    used && last && lastCall ? cacheExpiry(last.request, lastCall.startedAt + (lastCall.totalMs ?? 0)) : null;
  const now = useNow(Boolean(expiry));
  const left = expiry ? expiry.expiresAt - now : 0;
  const minimum = models.find(request.model)?.minCacheableTokens;

  return (
    <div role="group" aria-label="Prompt cache" className="space-y-2 text-sm">
      {breakpoints.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Cache breakpoints">
          {breakpoints.map((b) => (
            <li
              key={b.path}
              className="rounded-full bg-amber-100 px-2 py-0.5 font-mono text-xs text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
            >
              {b.path} · {b.ttl === "1h" ? "1 hour" : "5 min"}
              {b.automatic ? " · automatic" : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-muted">
          No cache breakpoints. Add <code className="font-mono">{'"cache_control": {"type": "ephemeral"}'}</code> to a
          block to cache the prompt up to it
          {minimum ? ` (at least ${formatTokens(minimum)} tokens for this model)` : ""}.
        </p>
      )}
      {counts && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Last call wrote <strong className="font-mono">{formatTokens(writes)}</strong> and read{" "}
          <strong className="font-mono">{formatTokens(counts.cacheRead)}</strong> cached tokens.
          {expiry && (
            <>
              {" "}
              {left > 0 ? (
                <span role="timer" aria-label="Cache entry lifetime">
                  Entry lives {clock(left)} more ({expiry.ttl === "1h" ? "1-hour" : "5-minute"} lifetime, renewed by
                  each hit).
                </span>
              ) : (
                <span>The entry has expired: the next call writes it again.</span>
              )}
            </>
          )}
        </p>
      )}
      {miss && used && left > 0 && (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          {miss.changedPath === "model"
            ? "The model changed since the last call: caches are per model, so the next call will miss the cache."
            : `An edit in ${miss.changedPath} changes the cached prefix up to ${miss.brokenBreakpoints.join(", ")}: the next call will miss ${miss.brokenBreakpoints.length > 1 ? "those cache entries" : "that cache entry"} and write ${miss.brokenBreakpoints.length > 1 ? "them" : "it"} again.`}
        </p>
      )}
    </div>
  );
}
