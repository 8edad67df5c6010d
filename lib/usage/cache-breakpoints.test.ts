import { describe, expect, it } from "vitest";
import { cacheExpiry, findBreakpoints, longestTtl, predictCacheMiss, prefixSplit } from "./cache-breakpoints";

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

describe("where two requests' cache prefixes part", () => {
  it("names the first differing block and the first request's breakpoints from there on", () => {
    const next = base();
    next.system[0].text = "You are a terse assistant.";
    expect(prefixSplit(base(), next)).toEqual({
      changedPath: "system[0]",
      cause: "block",
      position: 1,
      brokenBreakpoints: ["system[0]", "messages[0].content[0]"],
    });
  });

  it("finds the split after every breakpoint too, where it breaks none", () => {
    const next = base();
    (next.messages[0].content[1] as { text: string }).text = "Question 2";
    expect(prefixSplit(base(), next)).toEqual({
      changedPath: "messages[0].content[1]",
      cause: "block",
      position: 3,
      brokenBreakpoints: [],
    });
    expect(predictCacheMiss(base(), next)).toBeNull();
  });

  it("parts where one request goes on after the other ends, and not at all between equal requests", () => {
    const longer = base();
    longer.messages.push({ role: "assistant", content: [{ type: "text", text: "ok" }] } as never);
    expect(prefixSplit(base(), longer)).toMatchObject({ changedPath: "messages[1].content[0]", position: 4 });
    expect(prefixSplit(longer, base())).toMatchObject({ changedPath: "messages[1].content[0]", position: 4 });
    expect(prefixSplit(base(), base())).toBeNull();
    const plain = { model: "m", max_tokens: 1, messages: [{ role: "user", content: "hi" }] };
    expect(prefixSplit(plain, { ...plain, max_tokens: 99, temperature: 0.2 })).toBeNull();
  });

  it("parts at the first message when tool_choice, thinking or the images change: tools and system stay cached", () => {
    const toolChoice = { ...base(), tool_choice: { type: "any" } };
    const split = {
      changedPath: "tool_choice",
      cause: "setting",
      position: 2,
      brokenBreakpoints: ["messages[0].content[0]"],
    };
    expect(prefixSplit(base(), toolChoice)).toEqual(split);
    expect(predictCacheMiss(base(), toolChoice)).toEqual({
      changedPath: "tool_choice",
      brokenBreakpoints: ["messages[0].content[0]"],
    });
    // The API's defaults: no tool_choice is auto, no thinking is disabled.
    expect(prefixSplit(base(), { ...base(), tool_choice: { type: "auto" } })).toBeNull();
    expect(prefixSplit(base(), { ...base(), thinking: { type: "disabled" } })).toBeNull();
    expect(prefixSplit(base(), { ...base(), thinking: { type: "enabled", budget_tokens: 2048 } })).toMatchObject({
      changedPath: "thinking",
      position: 2,
    });
    const withImage = base();
    withImage.messages.push(
      { role: "assistant", content: [{ type: "text", text: "ok" }] } as never,
      {
        role: "user",
        content: [{ type: "image", source: { type: "url", url: "https://example.com/a.png" } }],
      } as never,
    );
    // The image comes after every breakpoint, but adding one anywhere changes the messages' cache.
    expect(prefixSplit(base(), withImage)).toMatchObject({ changedPath: "images", cause: "setting", position: 2 });
  });

  it("lets an earlier block win over a setting, and the model over everything", () => {
    const both = { ...base(), tool_choice: { type: "any" } };
    both.tools[0].name = "get_forecast";
    expect(prefixSplit(base(), both)).toMatchObject({ changedPath: "tools[0]", cause: "block", position: 0 });
    expect(prefixSplit(base(), { ...both, model: "claude-sonnet-4-6" })).toEqual({
      changedPath: "model",
      cause: "model",
      position: 0,
      brokenBreakpoints: ["tools[0]", "system[0]", "messages[0].content[0]"],
    });
  });
});
