// One colour per token kind, the same in the call figures, the context meter and the history chart.
export type ChartKind = "input" | "cacheRead" | "cacheWrite" | "output";

export const KINDS: { kind: ChartKind; label: string; fill: string; swatch: string }[] = [
  { kind: "input", label: "Input", fill: "#6366f1", swatch: "bg-indigo-500" },
  { kind: "cacheRead", label: "Cache read", fill: "#10b981", swatch: "bg-emerald-500" },
  { kind: "cacheWrite", label: "Cache write", fill: "#f59e0b", swatch: "bg-amber-500" },
  { kind: "output", label: "Output", fill: "#0ea5e9", swatch: "bg-sky-500" },
];

export const KEY_SOURCE_LABEL: Record<string, string> = {
  server: "Server key",
  user: "Your key",
  simulator: "Simulator",
};
