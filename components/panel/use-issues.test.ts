import { describe, expect, it } from "vitest";
import { DEFAULT_REQUEST } from "@/lib/store/request-slice";
import { issuesOf, unwrittenMessage } from "./use-issues";

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

  it("adds the UI's image checks to the model-aware rules, and computes once per request object", () => {
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

describe("unwrittenMessage", () => {
  it("marks an empty message as not written yet, and nothing else", () => {
    const request = {
      ...DEFAULT_REQUEST,
      messages: [
        { role: "user", content: "Hi" },
        { role: "assistant", content: [] },
        { role: "user", content: "" },
      ],
    };
    const issues = issuesOf(request);
    expect(issues.map((i) => i.path)).toEqual(["messages.1.content"]);
    expect(unwrittenMessage(issues[0], request)).toBe(1);
    expect(unwrittenMessage({ ...issues[0], path: "messages.2.content" }, request)).toBe(2);
    expect(unwrittenMessage({ ...issues[0], path: "messages.0.content" }, request)).toBeUndefined();
    const tooLarge = issuesOf({ ...request, max_tokens: 10_000_000 }).find((i) => i.path === "max_tokens")!;
    expect(unwrittenMessage(tooLarge, request)).toBeUndefined();
  });
});
