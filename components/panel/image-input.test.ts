import { describe, expect, it } from "vitest";
import { MAX_IMAGE_BYTES } from "@/lib/messages/image-bytes";
import { checkImageFile, readImageFile, thumbnailUrl } from "./image-input";

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

  it("refuses a file named as an image that holds none (before reading it whole)", async () => {
    const fake = await readImageFile(new File(["hello world!"], "fake.png", { type: "image/png" }));
    expect(fake).toEqual({
      error: expect.stringMatching(/fake\.png is not a JPEG, PNG, GIF or WebP image: its content/),
    });
  });
});
