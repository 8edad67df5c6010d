import { describe, expect, it } from "vitest";
import { validateRequest } from "./validate-request";

// The panel's checks of an image typed into the JSON, as validation rules: the simulator applies them too.
const imageIssues = (request: Record<string, unknown>) =>
  validateRequest(request, { unknownModel: "lenient" }).filter((issue) => issue.path.includes(".source"));

describe("image rules", () => {
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
