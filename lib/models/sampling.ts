// Sampling and effort settings that several models share.
import type { EffortLevel } from "./types";

/** Every effort level the API knows, lowest first. */
export const ALL_EFFORT: EffortLevel[] = ["low", "medium", "high", "xhigh", "max"];

// Older models: any temperature 0–1, any top_p, top_k; 4.5+ refuse temperature and top_p together.
export const FREE_SAMPLING = { temperature: true, topP: { min: 0 }, topK: true, temperatureWithTopP: false } as const;
// Opus 4.7 and later: sampling fixed at the defaults (API-NOTES: temperature 1, top_p ≥ 0.99, no top_k).
export const FIXED_SAMPLING = {
  temperature: false,
  topP: { min: 0.99 },
  topK: false,
  temperatureWithTopP: true,
} as const;
