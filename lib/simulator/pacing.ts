// How fast the simulator streams. Realistic by default so streaming is visible; tests set it instant.
export interface Pacing {
  /** Delay before the first content event. */
  firstTokenMs: number;
  /** Output speed; 0 means as fast as possible. */
  tokensPerSecond: number;
}

export const REALISTIC_PACING: Pacing = { firstTokenMs: 350, tokensPerSecond: 80 };
export const INSTANT_PACING: Pacing = { firstTokenMs: 0, tokensPerSecond: 0 };

/** Reads `SIMULATOR_PACING` (`realistic` | `instant` | `<ttft ms>,<tokens per second>`). */
export function pacingFromEnv(value: string | undefined): Pacing {
  if (!value || value === "realistic") return REALISTIC_PACING;
  if (value === "instant") return INSTANT_PACING;
  const [ttft, tps] = value.split(",").map(Number);
  if (Number.isFinite(ttft) && Number.isFinite(tps) && ttft >= 0 && tps >= 0) {
    return { firstTokenMs: ttft, tokensPerSecond: tps };
  }
  return REALISTIC_PACING;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
