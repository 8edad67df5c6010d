import { describe, expect, it } from "vitest";
import { migratePreset, parsePreset } from "./migrate";
import { samplePreset } from "./test-presets";

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
});
