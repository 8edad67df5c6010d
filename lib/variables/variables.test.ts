import { describe, expect, it } from "vitest";
import type { RequestBody } from "@/lib/messages/types";
import { fillRequest, fillText, findAllVariables, findVariables, missingValues } from "./variables";

const request = (extra: Partial<RequestBody> = {}): RequestBody => ({
  model: "claude-opus-4-6",
  max_tokens: 100,
  messages: [{ role: "user", content: "Hi" }],
  ...extra,
});

describe("findVariables", () => {
  it("finds variables in the system prompt, message texts, tool results and tool descriptions, once each, in order", () => {
    const found = findVariables(
      request({
        system: [{ type: "text", text: "You are {{persona}}." }],
        messages: [
          { role: "user", content: "Tell me about {{ topic }} for {{audience}}." },
          { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "x", input: { q: "{{not_text}}" } }] },
          {
            role: "user",
            content: [
              { type: "tool_result", tool_use_id: "t1", content: "result for {{topic}}" },
              { type: "tool_result", tool_use_id: "t2", content: [{ type: "text", text: "{{result_note}}" }] },
              { type: "text", text: "And {{follow-up}}?" },
            ],
          },
        ],
        tools: [{ name: "x", description: "Looks up {{source}}", input_schema: { type: "object" } }],
      }),
    );
    expect(found).toEqual(["persona", "topic", "audience", "result_note", "follow-up", "source"]);
  });

  it("ignores escaped variables and braces that are not a variable", () => {
    const found = findVariables(
      request({ system: 'Literal \\{{name}}, JSON {{"a": 1}}, empty {{ }}, number {{1x}}, and {{real}}' }),
    );
    expect(found).toEqual(["real"]);
  });

  it("gathers the variables of every variant", () => {
    expect(
      findAllVariables([request({ system: "{{a}} {{b}}" }), request({ system: "{{b}} {{c}}" }), request()]),
    ).toEqual(["a", "b", "c"]);
  });
});

describe("fillRequest", () => {
  it("puts the values in place of the braces, everywhere a variable can be", () => {
    const template = request({
      system: "You are {{persona}}.",
      messages: [{ role: "user", content: [{ type: "text", text: "About {{ topic }}, {{topic}} again." }] }],
      tools: [{ name: "x", description: "Search {{source}}", input_schema: { type: "object" } }],
    });
    const sent = fillRequest(template, { persona: "a sailor", topic: "tides", source: "charts" });
    expect(sent.system).toBe("You are a sailor.");
    expect(sent.messages).toEqual([{ role: "user", content: [{ type: "text", text: "About tides, tides again." }] }]);
    expect((sent.tools as { description: string }[])[0].description).toBe("Search charts");
    expect(JSON.stringify(sent)).not.toContain("{{");
    // The template itself is untouched.
    expect(template.system).toBe("You are {{persona}}.");
  });

  it("sends an escaped variable as braces, without its backslash", () => {
    const sent = fillRequest(request({ system: "Write \\{{name}} literally; {{name}} is filled." }), { name: "Ada" });
    expect(sent.system).toBe("Write {{name}} literally; Ada is filled.");
  });

  it("returns the very same request when it has no variables, so one variant without them sends what it did before", () => {
    const plain = request({ system: "No variables here {not one}", tools: [{ name: "t", description: "d" }] });
    expect(fillRequest(plain, { any: "value" })).toBe(plain);
  });

  it("copies only what it changes: unknown fields and untouched messages are the request's own", () => {
    const untouched = { role: "user", content: "first", custom_field: { keep: true } };
    const template = request({ messages: [untouched, { role: "user", content: "{{x}}" }], future_field: [1, 2] });
    const sent = fillRequest(template, { x: "filled" });
    expect(sent.messages[0]).toBe(untouched);
    expect(sent.future_field).toBe(template.future_field);
  });

  it("leaves a variable without a value as written, and does not expand a value's own braces", () => {
    expect(fillText("{{a}} and {{b}}", (n) => (n === "a" ? "{{b}}" : undefined))).toBe("{{b}} and {{b}}");
  });
});

describe("missingValues", () => {
  it("names the variables with no value or an empty one", () => {
    expect(missingValues(["a", "b", "c"], { a: "1", b: "" })).toEqual(["b", "c"]);
  });
});
