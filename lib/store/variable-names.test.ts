import { describe, expect, it } from "vitest";
import type { RequestBody } from "@/lib/messages/types";
import { selectVariableNames } from "./variable-names";

const state = (...systems: string[]) => ({
  variants: systems.map((system) => ({
    request: { model: "m", max_tokens: 1, system, messages: [{ role: "user", content: "Hi {{name}}" }] } as RequestBody,
  })),
});

describe("selectVariableNames", () => {
  it("finds every variant's variables once each", () => {
    expect(selectVariableNames(state("About {{topic}}", "On {{topic}} for {{audience}}"))).toEqual([
      "topic",
      "name",
      "audience",
    ]);
  });

  it("keeps the same array while a request changes and its variables do not, and a new one when they do", () => {
    const first = selectVariableNames(state("About {{topic}}."));
    const typed = selectVariableNames(state("About {{topic}}. Be brief"));
    expect(typed).toBe(first);
    const added = selectVariableNames(state("About {{topic}} in {{tone}}"));
    expect(added).not.toBe(first);
    expect(added).toEqual(["topic", "tone", "name"]);
    const same = state("x {{a}}");
    expect(selectVariableNames(same)).toBe(selectVariableNames(same));
  });
});
