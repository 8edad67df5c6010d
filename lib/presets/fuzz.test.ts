// A fuzz corpus of broken and hostile links and files: the decoders answer every one with a value
// (a preset or a message), never an exception.
import { describe, expect, it } from "vitest";
import { bytesToBase64url } from "./base64url";
import { parsePresetFile } from "./file-format";
import { decodePresetPayload, encodePresetPayload } from "./link-codec";
import { parsePreset } from "./migrate";
import { samplePreset } from "../testing/test-presets";

/** A small deterministic PRNG, so a failure is reproducible from its seed. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

async function deflate(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return bytesToBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

const hostileValues: unknown[] = [
  null,
  0,
  "",
  "preset",
  [],
  [[]],
  true,
  { name: "x" },
  { request: {} },
  { name: "", request: samplePreset().request },
  { name: "x".repeat(10_000), request: samplePreset().request },
  { name: "x", request: samplePreset().request, apiKey: "whatever" },
  { name: "x", request: samplePreset().request, version: "1" },
  { name: "x", request: samplePreset().request, version: -1 },
  { name: "x", request: samplePreset().request, version: 1.5 },
  { name: "x", request: samplePreset().request, version: 2 ** 53 },
  { name: "x", request: { ...samplePreset().request, messages: "hi" } },
  { name: "x", request: samplePreset().request, panel: { a: { b: 1 } } },
  JSON.parse('{"name":"x","request":{"model":"m","max_tokens":1,"messages":[]},"__proto__":{"polluted":1}}'),
  JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`),
  JSON.parse(`{"name":"x","request":${'{"a":'.repeat(3000)}1${"}".repeat(3000)}}`),
];

describe("decoder fuzz corpus", () => {
  it("answers every hostile value with a message, never an exception", async () => {
    for (const value of hostileValues) {
      expect(() => parsePreset(value)).not.toThrow();
      const parsed = parsePreset(value);
      expect(parsed.ok, JSON.stringify(value)?.slice(0, 80)).toBe(false);
      const link = await decodePresetPayload(await deflate(new TextEncoder().encode(JSON.stringify(value) ?? "")));
      expect(link.ok).toBe(false);
      if (!link.ok) expect(link.error.message.length).toBeGreaterThan(10);
      const file = parsePresetFile(JSON.stringify(value));
      expect(file.ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it("survives random bytes, random text and mutated valid links", async () => {
    const random = rng(42);
    const valid = await encodePresetPayload(samplePreset());
    if (!valid.ok) throw new Error("sample did not encode");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const cases: unknown[] = [undefined, 42, {}, "=".repeat(10), "%00", "preset=", "\u0000".repeat(100)];
    for (let i = 0; i < 150; i++) {
      const length = Math.floor(random() * 400);
      cases.push(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""));
      const chars = valid.value.split("");
      for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips--) {
        chars[Math.floor(random() * chars.length)] = alphabet[Math.floor(random() * alphabet.length)];
      }
      cases.push(chars.join(""));
      cases.push(valid.value.slice(0, Math.floor(random() * valid.value.length)));
      const bytes = new Uint8Array(Math.floor(random() * 300)).map(() => Math.floor(random() * 256));
      cases.push(await deflate(bytes));
    }
    for (const payload of cases) {
      const result = await decodePresetPayload(payload);
      expect(typeof result.ok).toBe("boolean");
      if (!result.ok) expect(result.error.message).toBeTruthy();
    }
    const files = [
      "",
      " ",
      "null",
      "[]",
      "{",
      '{"format":"messages-playground-presets","presets":{}}',
      "\u0000",
      "[1,2,3]",
      '"text"',
      "x".repeat(1000),
    ];
    for (let i = 0; i < 100; i++)
      files.push(String.fromCharCode(...Array.from({ length: 60 }, () => Math.floor(random() * 0x3000))));
    for (const text of files) {
      const result = parsePresetFile(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/./);
    }
  }, 60_000);
});
