import { describe, expect, it } from "vitest";
import { migratePreset, parsePreset } from "./migrate";
import { PRESET_VERSION } from "./schema";
import { samplePreset } from "../testing/test-presets";

describe("preset versions", () => {
  it("applies each migration in order up to the current version", () => {
    const migrations = {
      1: (p: Record<string, unknown>) => ({ ...p, options: p.panel }),
      2: (p: Record<string, unknown>) => ({ ...p, title: p.name }),
    };
    expect(migratePreset({ version: 1, name: "a", panel: { x: 1 } }, migrations, 3)).toEqual({
      ok: true,
      value: { version: 3, name: "a", panel: { x: 1 }, options: { x: 1 }, title: "a" },
    });
    expect(migratePreset({ name: "a" }, migrations, 2)).toMatchObject({
      ok: true,
      value: { version: 2, options: undefined },
    });
  });

  it("refuses a version from the future and a missing migration", () => {
    expect(migratePreset({ version: 4 }, {}, 3)).toMatchObject({ ok: false, error: { code: "future_version" } });
    expect(migratePreset({ version: 1 }, {}, 2)).toMatchObject({ ok: false, error: { code: "wrong_schema" } });
  });

  it("parses the current version unchanged", () => {
    const preset = samplePreset();
    expect(parsePreset(structuredClone(preset))).toEqual({ ok: true, value: preset });
  });

  it("reads a version-1 preset (before betas) as the current version, meaning the same: no betas", () => {
    const { betas: _, ...v1 } = { ...samplePreset(), version: 1 };
    const read = parsePreset(structuredClone(v1));
    expect(read).toEqual({ ok: true, value: { ...v1, version: PRESET_VERSION } });
    expect(read.ok && read.value.betas).toBeUndefined();
  });

  it("keeps a preset's betas, and refuses a name the anthropic-beta header cannot carry", () => {
    const preset = samplePreset({ betas: ["message-threads-2026-08-12", "my-own-beta-1"] });
    expect(parsePreset(structuredClone(preset))).toEqual({ ok: true, value: preset });
    for (const bad of ["two words", "a,b", "", "tab\there"])
      expect(parsePreset({ ...preset, betas: [bad] })).toMatchObject({ ok: false, error: { code: "wrong_schema" } });
    expect(parsePreset({ ...preset, betas: "not-a-list" })).toMatchObject({ ok: false });
  });
});
