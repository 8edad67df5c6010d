import { describe, expect, it } from "vitest";
import { patternTests } from "./schema-pattern";

// Exponential in the value's length: seconds at 30 letters without a deadline, each letter doubling it.
const NESTED = "^(a+)+b$";
const LETTERS = "a".repeat(30);

describe("a schema's pattern, tested under a deadline", () => {
  it("tests values as RegExp with the u flag would, and a pattern that does not compile fits nothing", () => {
    const test = patternTests();
    expect(test("^[A-Z]{2}\\d{4}$", "AB1234")).toBe(true);
    expect(test("^[A-Z]{2}\\d{4}$", "ab1234")).toBe(false);
    expect(test("^\\p{Lu}", "Élan")).toBe(true);
    expect(test("(", "(")).toBe(false);
  });

  it("stops a pattern that backtracks past the deadline, and then fits nothing more for that value", () => {
    const test = patternTests();
    expect(test(NESTED, LETTERS)).toBe(false);
    expect(test("^a", "abc")).toBe(false);
    // Another value starts with a budget of its own.
    expect(patternTests()("^a", "abc")).toBe(true);
  });
});
