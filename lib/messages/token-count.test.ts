import { describe, expect, it } from "vitest";
import { countRequestTokens, countTextTokens, promptSegments, splitTokens } from "./token-count";

describe("the one tokenizer", () => {
  it("splits text into pieces that join back into the text", () => {
    for (const text of [
      "Hello, world!",
      "  leading and trailing  ",
      "Zahlen 12345 und ÄÖÜ — “quotes”\n\nnew paragraph",
      '{"a": [1, 2.5, "x y"]}',
      "",
    ]) {
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

  it("counts exactly the pieces splitTokens makes, for any text", () => {
    const alphabet = [
      "a",
      "Z",
      "q",
      "7",
      "0",
      " ",
      "\n",
      "\t",
      ".",
      ",",
      "{",
      "é",
      "ß",
      "\u00a0",
      "\u2003",
      "\u3000",
      "😀",
      "中",
      "-",
      "_",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: Math.floor(next() * 60) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join("");
      expect(countTextTokens(text), JSON.stringify(text)).toBe(splitTokens(text).filter((p) => p.trim() !== "").length);
    }
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
    const marked = {
      ...body,
      system: [{ type: "text" as const, text: "Be brief.", cache_control: { type: "ephemeral" as const } }],
    };
    expect(countRequestTokens(marked)).toBe(countRequestTokens(body));
    expect(promptSegments(marked)[1].key).toBe(segments[1].key);
  });

  it("counts a response format's schema, and a fixed prompt for it, first: a new format starts a new prefix", () => {
    const messages = [{ role: "user" as const, content: "Hello there" }];
    const schema = { type: "object", properties: { answer: { type: "string" } }, additionalProperties: false };
    const plain = countRequestTokens({ messages });
    const formatted = { messages, output_config: { format: { type: "json_schema" as const, schema } } };
    const segments = promptSegments(formatted);
    expect(segments.map((s) => s.path)).toEqual(["output_config.format", "messages.0"]);
    expect(segments[0].tokens).toBeGreaterThan(countTextTokens(JSON.stringify(schema)));
    expect(countRequestTokens(formatted)).toBe(plain + segments[0].tokens);
    // Effort alone adds nothing; a null format is no format.
    expect(countRequestTokens({ messages, output_config: { effort: "low", format: null } })).toBe(plain);
    const other = { messages, output_config: { format: { type: "json_schema" as const, schema: { type: "string" } } } };
    expect(promptSegments(other)[0].key).not.toBe(segments[0].key);
  });
});
