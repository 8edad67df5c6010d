// The wait an API response asks for before a retry: read by the proxy (its own retries) and by the page (a run of many
// calls waits after a 429 or 529 that reached it).

/** The wait the upstream asked for, in ms: `retry-after-ms`, or `retry-after` in seconds or as a date. */
export function requestedWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
