import { describe, expect, it } from "vitest";
import { INSTANT_PACING, pacingFromEnv, REALISTIC_PACING } from "./pacing";

describe("pacingFromEnv", () => {
  it("is realistic by default, instant on request, and takes ttft,tps", () => {
    expect(pacingFromEnv(undefined)).toEqual(REALISTIC_PACING);
    expect(pacingFromEnv("instant")).toEqual(INSTANT_PACING);
    expect(pacingFromEnv("150,120")).toEqual({ firstTokenMs: 150, tokensPerSecond: 120 });
    expect(pacingFromEnv("nonsense")).toEqual(REALISTIC_PACING);
    expect(pacingFromEnv("-1,5")).toEqual(REALISTIC_PACING);
  });
});
