// Statistics the streaming benchmarks share: on two shared cores one run varies by a factor of two, so figures are
// medians, and how far a median can be trusted is said by resampling the runs (a bootstrap).

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A 90% bootstrap interval of `statistic(a, b)`, each sample drawn with replacement from its own runs. */
export function bootstrapInterval(
  a: number[],
  b: number[],
  statistic: (a: number[], b: number[]) => number,
  { resamples = 2000, random = Math.random }: { resamples?: number; random?: () => number } = {},
): [number, number] {
  const draw = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)]);
  const values = Array.from({ length: resamples }, () => statistic(draw(a), draw(b))).sort((x, y) => x - y);
  return [values[Math.floor(resamples * 0.05)], values[Math.floor(resamples * 0.95)]];
}

/** median(app) / median(floor), the ratio bench:stream's target is set on. */
export const medianRatio = (app: number[], floor: number[]) => median(app) / Math.max(median(floor), 1);
