import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPriceOverrides } from "./prices";

const dir = mkdtempSync(join(tmpdir(), "prices-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("readPriceOverrides", () => {
  it("is empty without PLAYGROUND_PRICES_FILE", async () => {
    expect(await readPriceOverrides({})).toEqual({ overrides: {} });
  });

  it("reads a gateway's prices, leaving missing cache rates unknown, and null models unknown", async () => {
    const path = file(
      "ok.json",
      JSON.stringify({
        models: { "claude-opus-4-6": { input: 4, output: 20, cacheRead: 0.4, date: "2026-11-01" }, "x-model": null },
      }),
    );
    const { overrides, error } = await readPriceOverrides({ PLAYGROUND_PRICES_FILE: path });
    expect(error).toBeUndefined();
    expect(overrides["claude-opus-4-6"]).toEqual({
      input: 4,
      output: 20,
      cacheWrite5m: null,
      cacheWrite1h: null,
      cacheRead: 0.4,
      webSearchPerThousand: null,
      webFetchPerThousand: null,
      source: "PLAYGROUND_PRICES_FILE",
      date: "2026-11-01",
    });
    expect(overrides["x-model"]).toBeNull();
  });

  it("ignores a bad or missing file with a message, never a crash", async () => {
    const bad = await readPriceOverrides({ PLAYGROUND_PRICES_FILE: file("bad.json", "{not json") });
    expect(bad.overrides).toEqual({});
    expect(bad.error).toMatch(/not valid JSON/);
    const wrong = await readPriceOverrides({
      PLAYGROUND_PRICES_FILE: file("wrong.json", JSON.stringify({ models: { m: { input: -1 } } })),
    });
    expect(wrong.error).toMatch(/price file format/);
    const missing = await readPriceOverrides({ PLAYGROUND_PRICES_FILE: join(dir, "nope.json") });
    expect(missing.error).toMatch(/could not be read \(ENOENT\)/);
  });
});
