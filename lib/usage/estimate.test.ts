import { describe, expect, it } from "vitest";
import { estimateInputTokens } from "./estimate";

describe("estimateInputTokens", () => {
  it("grows with the text of system, messages and tools, about four characters a token", () => {
    const short = estimateInputTokens({
      model: "m",
      max_tokens: 1,
      messages: [{ role: "user", content: "x".repeat(400) }],
    });
    // 400 characters of text, the role, and a few tokens of framing per message.
    expect(short).toBeGreaterThanOrEqual(100);
    expect(short).toBeLessThan(110);
    const more = estimateInputTokens({
      model: "m",
      max_tokens: 1,
      system: "y".repeat(400),
      messages: [{ role: "user", content: "x".repeat(400) }],
    });
    expect(more).toBeGreaterThan(short + 95);
  });

  it("counts an image as a block of tokens, not as the length of its base64 data", () => {
    const image = { type: "image", source: { type: "base64", media_type: "image/png", data: "A".repeat(400_000) } };
    const tokens = estimateInputTokens({ model: "m", max_tokens: 1, messages: [{ role: "user", content: [image] }] });
    expect(tokens).toBeLessThan(2_000);
    expect(tokens).toBeGreaterThanOrEqual(1_600);
  });

  it("counts a response format's schema, which the API adds to the prompt", () => {
    const request = { model: "m", max_tokens: 1, messages: [{ role: "user", content: "Hi" }] };
    const schema = { type: "object", properties: { answer: { type: "string", description: "x".repeat(400) } } };
    const formatted = { ...request, output_config: { format: { type: "json_schema", schema } } };
    expect(estimateInputTokens(formatted)).toBeGreaterThan(estimateInputTokens(request) + 95);
    expect(estimateInputTokens({ ...request, output_config: { effort: "low" } })).toBe(estimateInputTokens(request));
  });
});
