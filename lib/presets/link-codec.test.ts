import { describe, expect, it } from "vitest";
import { bytesToBase64url } from "./base64url";
import {
  buildFragmentUrl,
  decodePresetPayload,
  encodePresetPayload,
  MAX_DECODED_BYTES,
  payloadFromHash,
} from "./link-codec";
import { KNOWN_KEY, samplePreset } from "../testing/test-presets";

async function deflate(text: string | Uint8Array): Promise<string> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return bytesToBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe("fragment link encoding", () => {
  it("round-trips a preset unchanged (unicode, nested, unknown request fields)", async () => {
    const preset = samplePreset();
    const url = await buildFragmentUrl(preset, "http://localhost:3000/?x=1#old");
    expect(url.ok).toBe(true);
    if (!url.ok) return;
    expect(url.value).toMatch(/^http:\/\/localhost:3000\/\?x=1#preset=[A-Za-z0-9_-]+$/);
    const decoded = await decodePresetPayload(payloadFromHash(new URL(url.value).hash));
    expect(decoded).toEqual({ ok: true, value: preset });
  });

  it("round-trips a large preset (a 200K-token system prompt and an image)", async () => {
    const image = bytesToBase64url(crypto.getRandomValues(new Uint8Array(60_000)));
    const preset = samplePreset();
    preset.request = {
      ...preset.request,
      system: "word ".repeat(200_000),
      messages: [
        {
          role: "user",
          content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: image } }],
        },
      ],
    };
    const payload = await encodePresetPayload(preset);
    expect(payload.ok).toBe(true);
    if (!payload.ok) return;
    expect(await decodePresetPayload(payload.value)).toEqual({ ok: true, value: preset });
  }, 30_000);

  it("keeps a script in a name as plain text (the view renders it inert)", async () => {
    const preset = samplePreset({ name: `<img src=x onerror="window.__pwned=1"><script>alert(1)</script>` });
    const payload = await encodePresetPayload(preset);
    const decoded = await decodePresetPayload(payload.ok ? payload.value : "");
    expect(decoded.ok && decoded.value.name).toBe(preset.name);
  });

  it("refuses to encode a preset that holds a key", async () => {
    const preset = samplePreset();
    preset.request = { ...preset.request, metadata: { user_id: KNOWN_KEY } };
    const payload = await encodePresetPayload(preset);
    expect(payload.ok).toBe(false);
    expect(!payload.ok && payload.error.code).toBe("contains_secret");
    expect(JSON.stringify(payload)).not.toContain(KNOWN_KEY);
  });

  it("refuses a compression bomb without inflating it all", async () => {
    const bomb = await deflate(new Uint8Array(MAX_DECODED_BYTES + 1024));
    expect(bomb.length).toBeLessThan(20_000);
    const decoded = await decodePresetPayload(bomb);
    expect(decoded.ok || decoded.error.code).toBe("too_large");
  }, 30_000);

  it.each([
    ["empty", "", "empty"],
    ["not base64url", "abc$%^", "not_encoded"],
    ["not deflate", "AAAAAAAAAAAAAAAA", "not_encoded"],
  ])("refuses a link that is %s", async (_label, payload, code) => {
    const decoded = await decodePresetPayload(payload);
    expect(decoded.ok || decoded.error.code).toBe(code);
  });

  it("refuses a cut-off link with a clear message", async () => {
    const payload = await encodePresetPayload(samplePreset());
    const cut = payload.ok ? payload.value.slice(0, Math.floor(payload.value.length / 2)) : "";
    const decoded = await decodePresetPayload(cut);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error.message).toMatch(/damaged/);
  });

  it("refuses a wrong schema and a future version with their own messages", async () => {
    const wrong = await decodePresetPayload(await deflate(JSON.stringify({ name: "x", request: { model: 3 } })));
    expect(!wrong.ok && wrong.error).toMatchObject({
      code: "wrong_schema",
      message: expect.stringContaining("request.model"),
    });
    const future = await decodePresetPayload(await deflate(JSON.stringify({ ...samplePreset(), version: 99 })));
    expect(!future.ok && future.error).toMatchObject({
      code: "future_version",
      message: expect.stringContaining("newer version"),
    });
    const notJson = await decodePresetPayload(await deflate("{nope"));
    expect(!notJson.ok && notJson.error.code).toBe("not_json");
  });

  it("finds the payload among other fragment parameters", () => {
    expect(payloadFromHash("#a=1&preset=abc&b=2")).toBe("abc");
    expect(payloadFromHash("#other")).toBeNull();
  });
});
