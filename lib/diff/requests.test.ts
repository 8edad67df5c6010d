import { describe, expect, it } from "vitest";
import { describeSplit, diffRequests } from "./requests";

const request = () => ({
  model: "claude-opus-4-6",
  max_tokens: 256,
  system: [{ type: "text", text: "You are a careful assistant.", cache_control: { type: "ephemeral" } }],
  messages: [
    {
      role: "user",
      content: [
        { type: "text", text: "A long document", cache_control: { type: "ephemeral" } },
        { type: "text", text: "Question 1" },
      ],
    },
  ],
});

describe("diffRequests", () => {
  it("lists every differing field and marks the one where the cache prefix breaks", () => {
    const next = request();
    next.max_tokens = 512;
    next.system[0].text = "You are a terse assistant.";
    const diff = diffRequests(request(), next);
    expect(diff.changes.map((c) => c.path)).toEqual(["max_tokens", "system[0].text"]);
    expect(diff.splitChange).toBe(1);
    expect(diff.split).toMatchObject({
      changedPath: "system[0]",
      brokenBreakpoints: ["system[0]", "messages[0].content[0]"],
    });
    expect(describeSplit(diff)).toBe(
      "The cache prefix breaks here: system[0] changed; the 2 breakpoints from there on miss: system[0], messages[0].content[0].",
    );
  });

  it("says when the prompts part after every breakpoint, and when the second only adds to the first", () => {
    const later = request();
    later.messages[0].content[1].text = "Question 2";
    const diff = diffRequests(request(), later);
    expect(diff.changes[diff.splitChange].path).toBe("messages[0].content[1].text");
    expect(describeSplit(diff)).toBe(
      "The prompts part where messages[0].content[1] changed, after every cache breakpoint: the cached prefix still matches.",
    );
    const longer = request();
    longer.messages.push({ role: "assistant", content: "Sure." } as never);
    expect(describeSplit(diffRequests(request(), longer))).toMatch(
      /^The prompts part where messages\[1\] is only in the second, after/,
    );
  });

  it("ties a split to the message's role when the role changed, and to the setting that changed", () => {
    const role = request();
    role.messages[0].role = "assistant";
    const byRole = diffRequests(request(), role);
    expect(byRole.split?.changedPath).toBe("messages[0].content[0]");
    expect(byRole.changes[byRole.splitChange].path).toBe("messages[0].role");

    const choice = { ...request(), tool_choice: { type: "none" } };
    const byChoice = diffRequests(request(), choice);
    expect(byChoice.changes[byChoice.splitChange].path).toBe("tool_choice");
    expect(describeSplit(byChoice)).toBe(
      "The cache prefix breaks here: tool_choice changed (the messages' cache depends on it; tools and system stay cached); the breakpoint from there on misses: messages[0].content[0].",
    );
  });

  it("names a model change, and says when there was no breakpoint to break or no split at all", () => {
    expect(describeSplit(diffRequests(request(), { ...request(), model: "claude-sonnet-4-6" }))).toMatch(
      /^The cache prefix breaks here: the model changed \(each model has its own cache\); the 2 breakpoints/,
    );
    const plain = { model: "m", max_tokens: 1, messages: [{ role: "user", content: "Hi" }] };
    const other = { ...plain, messages: [{ role: "user", content: "Hello" }] };
    const diff = diffRequests(plain, other);
    expect(diff.changes[diff.splitChange].path).toBe("messages[0].content");
    expect(describeSplit(diff)).toBe(
      "The prompts part where messages[0] changed; the first request sets no cache breakpoint, so no cache entry is lost.",
    );
    const same = diffRequests(plain, { ...plain, temperature: 0 });
    expect(same.split).toBeNull();
    expect(same.splitChange).toBe(-1);
    expect(describeSplit(same)).toBe("The cache prefix holds: the two prompts match as far as the shorter goes.");
  });
});
