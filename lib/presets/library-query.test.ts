import { describe, expect, it } from "vitest";
import { copyName, queryLibrary, type LibraryEntry } from "./library-query";
import { samplePreset } from "../testing/test-presets";

const entry = (id: string, name: string, lastUsedAt: number, description?: string): LibraryEntry => ({
  id,
  preset: samplePreset({ name, description }),
  createdAt: 0,
  updatedAt: 0,
  lastUsedAt,
});

describe("library search and order", () => {
  const entries = [
    entry("a", "Tide haiku", 10),
    entry("b", "Code review", 30, "Reviews TypeScript"),
    entry("c", "Tide table tool", 20),
  ];

  it("sorts by last used, most recent first", () => {
    expect(queryLibrary(entries, "").map((e) => e.id)).toEqual(["b", "c", "a"]);
  });

  it("matches every word in name or description, case-insensitively", () => {
    expect(queryLibrary(entries, "tide").map((e) => e.id)).toEqual(["c", "a"]);
    expect(queryLibrary(entries, "TYPESCRIPT review").map((e) => e.id)).toEqual(["b"]);
    expect(queryLibrary(entries, "tide review")).toEqual([]);
  });

  it("names copies without clashing", () => {
    expect(copyName("A", new Set(["A"]))).toBe("A (copy)");
    expect(copyName("A (copy)", new Set(["A", "A (copy)"]))).toBe("A (copy 2)");
  });
});
