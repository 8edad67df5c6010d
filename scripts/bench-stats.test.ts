import { describe, expect, it } from "vitest";
import { bootstrapInterval, median, medianRatio } from "./bench-stats";

describe("bench statistics", () => {
  it("takes the middle value, the upper one of an even count, without reordering its input", () => {
    const values = [30, 10, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([30, 10, 20]);
    expect(median([4, 1, 3, 2])).toBe(3);
  });

  it("divides the medians, never by less than 1 ms", () => {
    expect(medianRatio([150, 160, 170], [90, 100, 110])).toBeCloseTo(1.6);
    expect(medianRatio([12], [0])).toBe(12);
  });

  it("gives a point interval when every run is the same, and a wide one that holds the sample's own figure when runs vary", () => {
    expect(bootstrapInterval([5, 5, 5], [2, 2, 2], (a, b) => median(a) - median(b))).toEqual([3, 3]);
    const app = [120, 250, 180, 140, 300, 160, 200, 170, 190, 230];
    const floor = [100, 130, 90, 160, 120, 110, 140, 150, 105, 125];
    let seed = 1;
    const random = () => ((seed = (seed * 48_271) % 2_147_483_647) - 1) / 2_147_483_646; // the same draws on every run
    const [low, high] = bootstrapInterval(app, floor, medianRatio, { random });
    expect(low).toBeLessThan(medianRatio(app, floor));
    expect(high).toBeGreaterThan(medianRatio(app, floor));
  });
});
