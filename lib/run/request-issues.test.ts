import { describe, expect, it } from "vitest";
import { modelLookup } from "@/lib/models/lookup";
import { NO_PROFILE } from "@/lib/models/profile";
import { DEFAULT_REQUEST } from "@/lib/store/request-slice";
import { issuesOf as issuesAgainst } from "./request-issues";

const catalogue = modelLookup(NO_PROFILE);
const issuesOf = (request: Parameters<typeof issuesAgainst>[0]) => issuesAgainst(request, catalogue);

describe("issuesOf", () => {
  it("does not refuse a model outside the catalogue (the upstream may list it), but finds what every model refuses", () => {
    const written = {
      ...DEFAULT_REQUEST,
      model: "claude-future-9",
      messages: [{ role: "user" as const, content: "Hi" }],
    };
    expect(issuesOf(written)).toEqual([]);
    expect(issuesOf({ ...written, max_tokens: 10_000_000 })).toEqual([]);
    expect(issuesOf({ ...DEFAULT_REQUEST, model: "claude-future-9" }).map((i) => i.path)).toEqual([
      "messages.0.content",
    ]);
  });

  it("checks images with the model-aware rules, and computes once per request object", () => {
    const request = {
      ...DEFAULT_REQUEST,
      max_tokens: 10_000_000,
      messages: [
        {
          role: "user",
          content: [{ type: "image", source: { type: "base64", media_type: "image/tiff", data: "AA" } }],
        },
      ],
    };
    const issues = issuesOf(request);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["max_tokens", "messages.0.content.0.source.media_type"]),
    );
    expect(issuesOf(request)).toBe(issues);
  });
});
