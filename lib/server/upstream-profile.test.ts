import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelLookup } from "@/lib/models/lookup";
import { readUpstreamProfile } from "./upstream-profile";

const dir = mkdtempSync(join(tmpdir(), "profile-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("readUpstreamProfile", () => {
  it("is empty without PLAYGROUND_UPSTREAM_PROFILE or PLAYGROUND_PRICES_FILE", async () => {
    expect(await readUpstreamProfile({})).toEqual({ profile: { models: {} }, errors: [] });
  });

  it("reads a price file alone as before: its rates, missing ones unknown, null models unknown", async () => {
    const path = file(
      "prices.json",
      JSON.stringify({
        models: { "claude-opus-4-6": { input: 4, output: 20, cacheRead: 0.4, date: "2026-11-01" }, "x-model": null },
      }),
    );
    const { profile, errors } = await readUpstreamProfile({ PLAYGROUND_PRICES_FILE: path });
    expect(errors).toEqual([]);
    const lookup = modelLookup(profile);
    expect(lookup.prices("claude-opus-4-6")).toEqual({
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
    expect(lookup.prices("x-model")).toBeNull();
    expect(lookup.find("claude-opus-4-6")?.contextWindow).toBe(1_000_000);
  });

  it("lays the price file over the profile, and re-reads a file that changed", async () => {
    const profilePath = file("p.json", JSON.stringify({ models: { "claude-opus-4-6": { contextWindow: 200_000 } } }));
    const pricesPath = file("q.json", JSON.stringify({ models: { "claude-opus-4-6": { input: 1, output: 2 } } }));
    const env = { PLAYGROUND_UPSTREAM_PROFILE: profilePath, PLAYGROUND_PRICES_FILE: pricesPath };
    const first = await readUpstreamProfile(env);
    expect(modelLookup(first.profile).find("claude-opus-4-6")).toMatchObject({ contextWindow: 200_000 });
    expect(modelLookup(first.profile).prices("claude-opus-4-6")).toMatchObject({ input: 1 });
    // Unchanged files: the same profile object, so the lookup built on it is reused.
    expect((await readUpstreamProfile(env)).profile).toBe(first.profile);
    writeFileSync(
      profilePath,
      JSON.stringify({ models: { "claude-opus-4-6": { contextWindow: 150_000, maxOutput: 8000 } } }),
    );
    expect(modelLookup((await readUpstreamProfile(env)).profile).find("claude-opus-4-6")).toMatchObject({
      contextWindow: 150_000,
      maxOutput: 8000,
    });
  });

  it("ignores a bad or missing file with a message, never a crash, and keeps the other", async () => {
    const bad = await readUpstreamProfile({ PLAYGROUND_UPSTREAM_PROFILE: file("bad.json", "{not json") });
    expect(bad.profile).toEqual({ models: {} });
    expect(bad.errors).toEqual([expect.stringMatching(/^PLAYGROUND_UPSTREAM_PROFILE is not valid JSON/)]);
    const wrong = await readUpstreamProfile({
      PLAYGROUND_UPSTREAM_PROFILE: join(dir, "nope.json"),
      PLAYGROUND_PRICES_FILE: file("wrong.json", JSON.stringify({ models: { m: { input: -1 } } })),
    });
    expect(wrong.errors).toEqual([
      "PLAYGROUND_UPSTREAM_PROFILE could not be read (ENOENT).",
      expect.stringMatching(/PLAYGROUND_PRICES_FILE does not match the price file format/),
    ]);
    const half = await readUpstreamProfile({
      PLAYGROUND_UPSTREAM_PROFILE: file("half.json", JSON.stringify({ models: {} })),
      PLAYGROUND_PRICES_FILE: file("bad-prices.json", "[]"),
    });
    expect(half.errors).toHaveLength(1);
  });
});
