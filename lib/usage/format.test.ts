import { describe, expect, it } from "vitest";
import { formatCost, formatMs, formatTokens, formatUsd, outputTokensPerSecond } from "./format";

describe("figures as shown", () => {
  it("writes money so a cheap call never reads $0.00", () => {
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd(12.345)).toBe("$12.35");
    expect(formatUsd(0.0216205)).toBe("$0.0216");
    expect(formatUsd(0.0086482)).toBe("$0.00865");
    expect(formatUsd(0.000015)).toBe("$0.000015");
    expect(formatUsd(1.5e-7)).toBe("$0.00000015");
    expect(formatCost({ known: false, reason: "x" })).toBe("unknown");
  });

  it("writes tokens and times, with a dash for what is not known yet", () => {
    expect(formatTokens(2048)).toBe("2,048");
    expect(formatTokens(undefined)).toBe("—");
    expect(formatMs(634.4)).toBe("634 ms");
    expect(formatMs(12_345)).toBe("12.3 s");
  });

  it("measures output speed after the first token", () => {
    // 30 tokens over the 1.5 s between the first token (500 ms) and the end (2000 ms)
    expect(outputTokensPerSecond(30, 500, 2000)).toBe(20);
    expect(outputTokensPerSecond(1, 500, 2000)).toBeNull();
    expect(outputTokensPerSecond(30, undefined, 2000)).toBeNull();
  });
});
