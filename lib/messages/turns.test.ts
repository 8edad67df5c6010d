import { describe, expect, it } from "vitest";
import { contentBlocks } from "./content-text";
import { groupTurns, mergeTurns } from "./turns";

const m = (role: string, content: unknown) => ({ role, content }) as never;

describe("turns", () => {
  it("takes a string as one text block and an empty string as none", () => {
    expect(contentBlocks("hi")).toEqual([{ type: "text", text: "hi" }]);
    expect(contentBlocks("")).toEqual([]);
    expect(contentBlocks([{ type: "image" }])).toEqual([{ type: "image" }]);
  });

  it("groups consecutive messages of one role; a system message is a turn of its own", () => {
    const messages = [m("user", "a"), m("user", "b"), m("system", "s"), m("system", "t"), m("assistant", "c")];
    expect(groupTurns(messages)).toEqual([
      { role: "user", indices: [0, 1] },
      { role: "system", indices: [2] },
      { role: "system", indices: [3] },
      { role: "assistant", indices: [4] },
    ]);
  });

  it("combines consecutive turns into one, as the API does, keeping single messages as they are", () => {
    const image = { type: "image", source: { type: "url", url: "https://example.com/a.png" } };
    const single = m("assistant", "ok");
    const merged = mergeTurns([m("user", "a"), m("user", [image]), single]);
    expect(merged).toEqual([
      { role: "user", content: [{ type: "text", text: "a" }, image] },
      { role: "assistant", content: "ok" },
    ]);
    expect(merged[1]).toBe(single);
  });
});
