import { describe, expect, it } from "vitest";
import { countRequestTokens, countTextTokens, promptSegments, splitTokens } from "./token-count";

describe("the one tokenizer", () => {
  it("splits text into pieces that join back into the text", () => {
    for (const text of ["Hello, world!", "  leading and trailing  ", "Zahlen 12345 und ÄÖÜ — “quotes”\n\nnew paragraph", '{"a": [1, 2.5, "x y"]}', ""]) {
      expect(splitTokens(text).join("")).toBe(text);
    }
  });

  it("counts the pieces that carry text", () => {
    expect(countTextTokens("")).toBe(0);
    expect(countTextTokens("   ")).toBe(0);
    expect(countTextTokens("cat")).toBe(1);
    expect(countTextTokens("elephant")).toBe(2);
    expect(countTextTokens("Hi, you!")).toBe(4);
    expect(countTextTokens("2026")).toBe(2);
  });

  it("counts a request as the sum of its segments plus a fixed base, in tools → system → messages order", () => {
    const body = {
      tools: [{ name: "t", input_schema: { type: "object" } }],
      system: [{ type: "text" as const, text: "Be brief." }],
      messages: [{ role: "user" as const, content: [{ type: "text", text: "Hello there" }] }],
    };
    const segments = promptSegments(body);
    expect(segments.map((s) => s.path)).toEqual(["tools.0", "system.0", "messages.0.content.0"]);
    expect(countRequestTokens(body)).toBe(segments.reduce((n, s) => n + s.tokens, 0) + 4);
    // cache_control is not content: it changes neither the count nor the prefix key.
    const marked = { ...body, system: [{ type: "text" as const, text: "Be brief.", cache_control: { type: "ephemeral" as const } }] };
    expect(countRequestTokens(marked)).toBe(countRequestTokens(body));
    expect(promptSegments(marked)[1].key).toBe(segments[1].key);
  });
});
