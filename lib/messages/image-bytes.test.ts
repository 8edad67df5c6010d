import { describe, expect, it } from "vitest";
import { sniffImageType } from "./image-bytes";

describe("image bytes", () => {
  it("knows the four image types by their first bytes, not by name", () => {
    const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(12).fill(0)]);
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(sniffImageType(new TextEncoder().encode("GIF89a......"))).toBe("image/gif");
    expect(sniffImageType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(new TextEncoder().encode("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("hello world!"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});
