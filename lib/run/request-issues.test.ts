import { beforeAll, describe, expect, it, vi } from "vitest";
import { modelLookup } from "@/lib/models/lookup";
import { NO_PROFILE } from "@/lib/models/profile";
import { DEFAULT_REQUEST } from "@/lib/store/request-slice";
import { issuesOf as issuesAgainst, loadValidator } from "./request-issues";

// The validator loads on demand (request-issues.ts): here, before any request is judged.
beforeAll(loadValidator);

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

describe("the validator, loaded on demand", () => {
  it("until it has loaded finds only an unwritten message, then tells who listens and judges every request", async () => {
    vi.resetModules();
    const fresh = await import("./request-issues");
    const written = { ...DEFAULT_REQUEST, messages: [{ role: "user", content: "Hi" }] };
    const invalid = { ...written, temperature: 7 };
    expect(fresh.validatorReady()).toBe(false);
    let told = 0;
    const stop = fresh.onValidatorReady(() => told++);
    // Asking starts the load but does not wait for it; an empty message is found without the validator.
    expect(fresh.issuesOf(invalid, catalogue)).toEqual([]);
    const unwritten = { ...written, messages: [{ role: "user", content: "" }] };
    expect(fresh.issuesOf(unwritten, catalogue).map((i) => i.path)).toEqual(["messages.0.content"]);
    await fresh.loadValidator();
    expect(told).toBe(1);
    expect(fresh.validatorReady()).toBe(true);
    expect(fresh.issuesOf(invalid, catalogue).map((i) => i.path)).toContain("temperature");
    expect(fresh.issuesOf(unwritten, catalogue).map((i) => i.path)).toContain("messages.0.content");
    stop();
  });
});
