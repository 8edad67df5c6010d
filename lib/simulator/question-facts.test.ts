import { describe, expect, it } from "vitest";
import { evaluate, findExpression, numbersIn, pythonNumber } from "./arithmetic";
import { questionFacts, topicItems, topicOf, urlsIn } from "./question-facts";

describe("what a turn gives a tool call", () => {
  it("finds the arithmetic, in symbols or words, and not dates or lone numbers", () => {
    expect(findExpression("What is 2+3?")).toBe("2+3");
    expect(findExpression("What is (2 + 3) * 4, roughly?")).toBe("(2 + 3) * 4");
    expect(findExpression("What is 12 plus 30?")).toBe("12 + 30");
    expect(findExpression("and 6 x 7 then")).toBe("6 * 7");
    expect(findExpression("What happened on 2024-09-26 at 10:30?")).toBeUndefined();
    expect(findExpression("I have 3 boxes")).toBeUndefined();
  });

  it("evaluates +, -, *, /, //, %, ** and ^, parentheses and unary minus; nothing else", () => {
    expect(evaluate("(2 + 3) * 4")).toBe(20);
    expect(evaluate("2 ** 10")).toBe(1024);
    expect(evaluate("2^3^2")).toBe(512);
    expect(evaluate("-3 + 7 // 2 % 3")).toBe(-3 + (Math.floor(7 / 2) % 3));
    expect(evaluate("1 / 0")).toBeUndefined();
    expect(evaluate("2 +")).toBeUndefined();
    expect(evaluate("import os")).toBeUndefined();
    expect(pythonNumber(7 / 2, true)).toBe("3.5");
    expect(pythonNumber(4, true)).toBe("4.0");
    expect(pythonNumber(4, false)).toBe("4");
  });

  it("reads numbers in order (a minus after a number subtracts), URLs without trailing punctuation", () => {
    expect(numbersIn("What is 2+3?")).toEqual([2, 3]);
    expect(numbersIn("between -2 and 3.5, then 5-3")).toEqual([-2, 3.5, 5, 3]);
    expect(numbersIn("see https://x.example/a1/2 and item12")).toEqual([]);
    expect(urlsIn("Read https://example.com/a?b=1, then (https://example.org/x).")).toEqual([
      "https://example.com/a?b=1",
      "https://example.org/x",
    ]);
  });

  it("takes the topic a search would use, and the items of a list", () => {
    expect(topicOf("Search the web for the latest news on fusion power, please.")).toBe("latest news on fusion power");
    expect(topicOf("Can you look up who won the 2022 World Cup?")).toBe("who won the 2022 World Cup");
    expect(topicOf("Search the docs for rate limits")).toBe("rate limits");
    expect(topicOf("What is the capital of France?")).toBe("capital of France");
    // A next step after "then", and an address, are not part of the subject.
    expect(topicOf("Search for the population of Paris and Rome, then fetch https://example.com/report")).toBe(
      "population of Paris and Rome",
    );
    expect(topicItems("capitals of France, Spain and Italy")).toEqual([
      "capitals of France",
      "capitals of Spain",
      "capitals of Italy",
    ]);
    expect(topicItems("history of salt and pepper")).toEqual(["history of salt and pepper"]);
    expect(questionFacts("Run ```python\nprint(1)\n```").code).toEqual({ language: "python", text: "print(1)" });
  });
});
