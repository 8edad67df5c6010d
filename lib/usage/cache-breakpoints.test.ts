import { describe, expect, it } from "vitest";
import { cacheExpiry, findBreakpoints, longestTtl, predictCacheMiss } from "./cache-breakpoints";

const base = () => ({
  model: "claude-opus-4-6",
  max_tokens: 256,
  tools: [{ name: "get_weather", input_schema: { type: "object" }, cache_control: { type: "ephemeral", ttl: "1h" } }],
  system: [{ type: "text", text: "You are a careful assistant. ".repeat(50), cache_control: { type: "ephemeral" } }],
  messages: [
    {
      role: "user",
      content: [
        { type: "text", text: "A long document…", cache_control: { type: "ephemeral" } },
        { type: "text", text: "Question 1" },
      ],
    },
  ],
});

describe("cache breakpoints", () => {
  it("finds each block that carries cache_control, in prefix order, with its lifetime", () => {
    expect(findBreakpoints(base())).toEqual([
      { path: "tools[0]", ttl: "1h", position: 0 },
      { path: "system[0]", ttl: "5m", position: 1 },
      { path: "messages[0].content[0]", ttl: "5m", position: 2 },
    ]);
    expect(longestTtl(base())).toBe("1h");
    expect(longestTtl({ model: "m", max_tokens: 1, messages: [{ role: "user", content: "hi" }] })).toBeNull();
  });

  it("places the top-level cache_control's breakpoint on the last block (automatic caching)", () => {
    const automatic = { ...base(), cache_control: { type: "ephemeral", ttl: "1h" } };
    expect(findBreakpoints(automatic).at(-1)).toEqual({
      path: "messages[0].content[1]",
      ttl: "1h",
      position: 3,
      automatic: true,
    });
    const plain = {
      model: "m",
      max_tokens: 1,
      messages: [{ role: "user", content: "hi" }],
      cache_control: { type: "ephemeral" },
    };
    expect(longestTtl(plain)).toBe("5m");
    // A last block with its own breakpoint keeps it: the automatic one adds nothing.
    const marked = {
      ...plain,
      messages: [{ role: "user", content: [{ type: "text", text: "hi", cache_control: { type: "ephemeral" } }] }],
    };
    expect(findBreakpoints(marked)).toEqual([{ path: "messages[0].content[0]", ttl: "5m", position: 0 }]);
  });

  it("dates the entry's end from the call's end by the longest lifetime", () => {
    expect(cacheExpiry(base(), 1_000)).toEqual({ ttl: "1h", expiresAt: 1_000 + 3_600_000 });
  });

  it("sees no miss when only text after the last breakpoint changed", () => {
    const next = base();
    (next.messages[0].content[1] as { text: string }).text = "Question 2";
    next.messages.push({ role: "assistant", content: [{ type: "text", text: "ok" }] } as never);
    expect(predictCacheMiss(base(), next)).toBeNull();
  });

  it("warns when an edit above a breakpoint breaks the cached prefix, naming the breakpoints it breaks", () => {
    const next = base();
    next.system[0].text = "You are a terse assistant.";
    expect(predictCacheMiss(base(), next)).toEqual({
      changedPath: "system[0]",
      brokenBreakpoints: ["system[0]", "messages[0].content[0]"],
    });
  });

  it("ignores a change of key order and of cache_control itself, and warns on a model change", () => {
    const next = base();
    next.tools[0] = {
      input_schema: { type: "object" },
      name: "get_weather",
      cache_control: { type: "ephemeral", ttl: "1h" },
    };
    expect(predictCacheMiss(base(), next)).toBeNull();
    expect(predictCacheMiss(base(), { ...base(), model: "claude-sonnet-4-6" })?.changedPath).toBe("model");
  });
});
