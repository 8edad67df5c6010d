"use client";

import { createParser } from "eventsource-parser";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import { trafficQuery } from "@/lib/traffic/traffic-client";
import type { RecordedCallSummary, TrafficFilter, TrafficPage, TrafficStats } from "@/lib/traffic/types";

export type ListedCall = TrafficPage["calls"][number];

async function readJson<T>(path: string): Promise<T> {
  const response = await apiFetch(path);
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  return body as T;
}

/** A call the feed announced matches the filter the list shows (the server filters the pages it sends). */
function matches(call: RecordedCallSummary, filter: TrafficFilter): boolean {
  if (filter.model && call.model !== filter.model) return false;
  const ok = call.status >= 200 && call.status < 300;
  if (filter.status === "ok" && !ok) return false;
  if (filter.status === "error" && ok) return false;
  if (filter.status && /^\d{3}$/.test(filter.status) && String(call.status) !== filter.status) return false;
  if (filter.client && !(call.userAgent ?? "").toLowerCase().includes(filter.client.toLowerCase())) return false;
  if (filter.from !== undefined && call.startedAt < filter.from) return false;
  if (filter.to !== undefined && call.startedAt >= filter.to) return false;
  // Text lives in the bodies, which the feed does not carry: a search is refreshed from the server instead.
  return !filter.q;
}

/**
 * The list of recorded calls for a filter, newest first, with older pages on demand and new calls as the server's feed
 * announces them (read with fetch, so that the access token goes in a header, not in the address); totals and the
 * series over time are read again a moment after new calls arrive.
 */
export function useTraffic(filter: TrafficFilter) {
  const [calls, setCalls] = useState<ListedCall[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [stats, setStats] = useState<TrafficStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [live, setLive] = useState(false);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const key = trafficQuery(filter);

  const refreshStats = useCallback(async () => {
    try {
      setStats(await readJson<TrafficStats>(`/api/traffic/stats${trafficQuery(filterRef.current, { buckets: 30 })}`));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const page = await readJson<TrafficPage>(`/api/traffic${trafficQuery(filterRef.current, { limit: 50 })}`);
      setCalls(page.calls);
      setCursor(page.nextCursor);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
    void refreshStats();
  }, [refreshStats]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter's query is what changes the list
  useEffect(() => {
    void reload();
  }, [key, reload]);

  const loadOlder = useCallback(async () => {
    if (!cursor) return;
    try {
      const page = await readJson<TrafficPage>(`/api/traffic${trafficQuery(filterRef.current, { limit: 50, cursor })}`);
      setCalls((shown) => [...shown, ...page.calls.filter((c) => !shown.some((s) => s.id === c.id))]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [cursor]);

  // The live feed: reconnects after a drop, with a pause.
  useEffect(() => {
    const stop = new AbortController();
    let statsTimer: ReturnType<typeof setTimeout> | undefined;
    const soonStats = () => {
      clearTimeout(statsTimer);
      statsTimer = setTimeout(() => void refreshStats(), 300);
    };
    const connect = async () => {
      while (!stop.signal.aborted) {
        try {
          const response = await apiFetch("/api/traffic/feed", { signal: stop.signal });
          if (!response.ok || !response.body) throw new Error(`feed HTTP ${response.status}`);
          setLive(true);
          const parser = createParser({
            onEvent: (event) => {
              if (event.event === "cleared") {
                setCalls([]);
                setCursor(null);
                soonStats();
              } else if (event.event === "call") {
                const call = JSON.parse(event.data) as RecordedCallSummary;
                if (filterRef.current.q) soonStats();
                if (!matches(call, filterRef.current)) return;
                setCalls((shown) => (shown.some((c) => c.id === call.id) ? shown : [call, ...shown]));
                soonStats();
              }
            },
          });
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            parser.feed(value);
          }
        } catch {
          /* dropped: try again below */
        }
        setLive(false);
        if (!stop.signal.aborted) await new Promise((r) => setTimeout(r, 2_000));
      }
    };
    void connect();
    return () => {
      stop.abort();
      clearTimeout(statsTimer);
    };
  }, [refreshStats]);

  return { calls, stats, error, loading, live, hasOlder: cursor !== null, loadOlder, reload, setCalls };
}
