import { describe, expect, it } from "vitest";
import { formatNumber } from "./number";

describe("formatNumber", () => {
  it("reads as toLocaleString('en-US') does, with or without fixed decimals", () => {
    for (const value of [0, 7, 1024, 32_768, 1_234_567.891, -42.5, 0.125]) {
      expect(formatNumber(value)).toBe(value.toLocaleString("en-US"));
      for (const digits of [0, 1, 2]) {
        expect(formatNumber(value, digits)).toBe(
          value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }),
        );
      }
    }
    expect(formatNumber(12.25, 1)).toBe("12.3");
    expect(formatNumber(200_000)).toBe("200,000");
  });
});
