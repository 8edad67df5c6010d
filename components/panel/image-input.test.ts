import { describe, expect, it } from "vitest";
import {
  checkImageFile,
  imageIssues,
  MAX_IMAGE_BYTES,
  readImageFile,
  sniffImageType,
  thumbnailUrl,
} from "./image-input";

describe("image checks", () => {
  it("accepts the API's image types up to 5 MB and refuses the rest with a reason", () => {
    expect(checkImageFile({ name: "a.png", type: "image/png", size: 1000 })).toBeNull();
    expect(checkImageFile({ name: "a.svg", type: "image/svg+xml", size: 10 })).toMatch(/not a JPEG, PNG, GIF or WebP/);
    expect(checkImageFile({ name: "big.jpg", type: "image/jpeg", size: MAX_IMAGE_BYTES + 1 })).toMatch(/at most 5 MB/);
  });

  it("builds thumbnails only from base64 images of allowed types", () => {
    expect(thumbnailUrl({ type: "image", source: { type: "base64", media_type: "image/png", data: "AAAA" } })).toBe(
      "data:image/png;base64,AAAA",
    );
    expect(thumbnailUrl({ type: "image", source: { type: "url", url: "https://example.com/x.png" } })).toBeNull();
    expect(
      thumbnailUrl({ type: "image", source: { type: "base64", media_type: "text/html", data: "AAAA" } }),
    ).toBeNull();
  });

  it("flags image blocks typed into the JSON with a wrong type, on the field at fault", () => {
    const request = {
      model: "m",
      max_tokens: 1,
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "x" },
            { type: "image", source: { type: "base64", media_type: "image/bmp", data: "AA" } },
          ],
        },
      ],
    };
    expect(imageIssues(request)).toEqual([expect.objectContaining({ path: "messages.0.content.1.source.media_type" })]);
  });

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

  it("refuses a file named as an image that holds none (before reading it whole)", async () => {
    const fake = await readImageFile(new File(["hello world!"], "fake.png", { type: "image/png" }));
    expect(fake).toEqual({
      error: expect.stringMatching(/fake\.png is not a JPEG, PNG, GIF or WebP image: its content/),
    });
  });

  it("flags an image block in the JSON whose data is not what its media_type says", () => {
    const request = (media_type: string, data: string) => ({
      model: "m",
      max_tokens: 1,
      messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type, data } }] }],
    });
    const png = "iVBORw0KGgoAAAANSUhEUg==";
    expect(imageIssues(request("image/png", png))).toEqual([]);
    expect(imageIssues(request("image/jpeg", png))).toEqual([
      expect.objectContaining({
        path: "messages.0.content.0.source.data",
        message: "Image 1 of turn 1: its data is a PNG image, and media_type says image/jpeg.",
      }),
    ]);
    expect(imageIssues(request("image/png", "aGVsbG8gd29ybGQh"))[0].message).toMatch(
      /its data is not a JPEG, PNG, GIF or WebP image/,
    );
    expect(imageIssues(request("image/png", "%%% not base64"))[0].message).toMatch(
      /not a JPEG, PNG, GIF or WebP image/,
    );
  });
});
