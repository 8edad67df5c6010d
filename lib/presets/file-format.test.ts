import { describe, expect, it } from "vitest";
import { PRESET_VERSION } from "./schema";
import { exportFileName, exportPresets, FILE_FORMAT, parsePresetFile } from "./file-format";
import { KNOWN_KEY, samplePreset } from "../testing/test-presets";

describe("preset files", () => {
  it("round-trips presets unchanged through export and import", () => {
    const presets = [samplePreset(), samplePreset({ name: "Second", description: undefined })];
    delete presets[1].description;
    const text = exportPresets(presets, new Date("2026-11-25T10:00:00Z"));
    expect(text.ok).toBe(true);
    if (!text.ok) return;
    expect(JSON.parse(text.value)).toMatchObject({
      format: FILE_FORMAT,
      version: 1,
      exportedAt: "2026-11-25T10:00:00.000Z",
    });
    expect(parsePresetFile(text.value)).toEqual({ ok: true, value: presets });
  });

  it("imports a bare preset and a list of presets", () => {
    const preset = samplePreset();
    expect(parsePresetFile(JSON.stringify(preset))).toEqual({ ok: true, value: [preset] });
    expect(parsePresetFile(JSON.stringify([preset, preset]))).toEqual({ ok: true, value: [preset, preset] });
    // DESIGN.md: a preset needs only a name and a request; no version means version 1, read as the current one.
    const minimal = { name: "Min", request: { model: "m", max_tokens: 5, messages: [] } };
    expect(parsePresetFile(JSON.stringify(minimal))).toEqual({
      ok: true,
      value: [{ version: PRESET_VERSION, ...minimal }],
    });
  });

  it("names the bad entry and imports nothing when one preset is bad", () => {
    const result = parsePresetFile(JSON.stringify([samplePreset(), { name: "bad", request: { model: "m" } }]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^Preset 2: .*request\.max_tokens.*Nothing was imported\.$/);
  });

  it("gives a clear message for not-JSON, another format and a newer file version", () => {
    expect(parsePresetFile("hello")).toMatchObject({
      ok: false,
      error: { code: "not_json", message: expect.stringContaining("not valid JSON") },
    });
    expect(parsePresetFile(JSON.stringify({ format: "other", presets: [] }))).toMatchObject({
      ok: false,
      error: { code: "wrong_schema" },
    });
    expect(parsePresetFile(JSON.stringify({ format: FILE_FORMAT, version: 7, presets: [] }))).toMatchObject({
      ok: false,
      error: { code: "future_version" },
    });
  });

  it("never exports or imports a key", () => {
    const preset = samplePreset();
    preset.request = { ...preset.request, messages: [{ role: "user", content: `my key is ${KNOWN_KEY}` }] };
    const exported = exportPresets([preset]);
    expect(exported.ok).toBe(false);
    expect(JSON.stringify(exported)).not.toContain(KNOWN_KEY);
    expect(parsePresetFile(JSON.stringify(preset))).toMatchObject({ ok: false, error: { code: "contains_secret" } });
    expect(
      parsePresetFile(JSON.stringify({ ...samplePreset(), request: { ...samplePreset().request, api_key: "abc" } })),
    ).toMatchObject({ ok: false, error: { code: "contains_secret" } });
  });

  it("names export files safely", () => {
    expect(exportFileName([samplePreset({ name: "../../etc/passwd <x>" })])).toBe("preset-etc-passwd-x.json");
    expect(exportFileName([samplePreset(), samplePreset()], new Date("2026-11-25T10:00:00Z"))).toBe(
      "presets-2026-11-25.json",
    );
  });
});
