// Version 3: a preset carries a comparison (variants, variables, test cases, repeats, and results when asked); links
// and files carry it too, and presets and links of versions 1 and 2 still open, meaning what they meant.
import { describe, expect, it } from "vitest";
import { KNOWN_KEY, samplePreset } from "../testing/test-presets";
import { exportPresets, parsePresetFile } from "./file-format";
import { decodePresetPayload, encodePresetPayload } from "./link-codec";
import { parsePreset } from "./migrate";
import { makePreset, MAX_VARIANTS, PRESET_VERSION, type Preset } from "./schema";

const ask = (content: string, model = "claude-opus-4-6") => ({
  model,
  max_tokens: 256,
  messages: [{ role: "user", content }],
});

const comparison = (): Preset =>
  makePreset({
    name: "Two prompts over two cases",
    request: { ...ask("About {{topic}}"), system: "Be brief." },
    betas: ["message-threads-2026-08-12"],
    variantName: "Brief",
    variants: [
      { name: "Thorough", request: { ...ask("About {{topic}}"), system: "Be thorough." } },
      { name: "", request: ask("About {{topic}}", "claude-haiku-4-5"), betas: ["my-beta-1"] },
    ],
    sameMessages: true,
    variables: { topic: "tides" },
    testCases: [{ topic: "harbours" }, { topic: "reefs" }],
    repeats: 3,
    results: {
      number: 2,
      startedAt: 1_700_000_000_000,
      variants: [{ id: "v1", name: "Brief", request: ask("About {{topic}}") }],
      testCases: [{ id: "c1", values: { topic: "harbours" } }],
      values: { topic: "tides" },
      repeats: 1,
      cells: {
        "0:0": [
          {
            status: "done",
            attempts: 1,
            message: { role: "assistant", content: [{ type: "text", text: "Harbours shelter ships." }] },
            usage: { input_tokens: 5, output_tokens: 4 },
            costUsd: 0.0001,
            totalMs: 120,
          },
        ],
      },
    },
  });

describe("a comparison in a preset", () => {
  it("is version 3, and reads back the same", () => {
    const preset = comparison();
    expect(PRESET_VERSION).toBe(3);
    expect(preset.version).toBe(3);
    expect(parsePreset(structuredClone(preset))).toEqual({ ok: true, value: preset });
  });

  it("leaves a single request's preset without any comparison field", () => {
    const single = makePreset({
      name: "One",
      request: ask("Hi"),
      variants: [],
      testCases: [],
      repeats: 1,
      variables: {},
    });
    expect(Object.keys(single).sort()).toEqual(["name", "request", "version"]);
  });

  it("goes through a link and a file whole", async () => {
    const preset = comparison();
    const payload = await encodePresetPayload(preset);
    expect(payload.ok).toBe(true);
    expect(await decodePresetPayload(payload.ok ? payload.value : "")).toEqual({ ok: true, value: preset });
    const file = exportPresets([preset]);
    expect(parsePresetFile(file.ok ? file.value : "")).toEqual({ ok: true, value: [preset] });
  });

  it("opens a version-2 preset and a version-2 link as the one request they were", async () => {
    const v2 = { ...samplePreset(), version: 2 };
    expect(parsePreset(structuredClone(v2))).toEqual({ ok: true, value: { ...v2, version: 3 } });
    // A link made by the version before this one: its payload is the same encoding of a version-2 preset.
    const oldLink = await encodePresetPayload(v2 as unknown as Preset);
    const opened = await decodePresetPayload(oldLink.ok ? oldLink.value : "");
    expect(opened).toEqual({ ok: true, value: { ...v2, version: 3 } });
    expect(opened.ok && opened.value.variants).toBeUndefined();
  });

  it("refuses what a comparison cannot hold, and a key anywhere in it", () => {
    const preset = comparison();
    const many = Array.from({ length: MAX_VARIANTS }, () => preset.variants![0]);
    const refused = (value: unknown) => expect(parsePreset(value)).toMatchObject({ ok: false });
    refused({ ...preset, variants: many });
    refused({ ...preset, repeats: 21 });
    refused({ ...preset, testCases: [{ topic: 5 }] });
    refused({ ...preset, variants: [{ name: "x" }] });
    refused({ ...preset, results: { ...preset.results, cells: { "not a key": [] } } });
    refused({ ...preset, results: { ...preset.results, cells: { "0:0": [{ status: "exploded", attempts: 1 }] } } });
    const withKey = { ...preset, variants: [{ name: "k", request: { ...ask("Hi"), system: KNOWN_KEY } }] };
    expect(parsePreset(withKey)).toMatchObject({ ok: false, error: { code: "contains_secret" } });
    expect(parsePreset({ ...preset, variables: { topic: KNOWN_KEY } })).toMatchObject({
      ok: false,
      error: { code: "contains_secret" },
    });
  });
});
