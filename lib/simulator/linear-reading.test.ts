// The simulator reads a user's turn and its documents in time linear in their length (robustness.test.ts sends long runs
// of one character). These are the patterns it used before, quadratic on such runs but quick on short texts: on
// thousands of short texts built from the words and signs they look for, the linear reading must give the same facts.
import { describe, expect, it } from "vitest";
import { evaluate, findExpression, numbersIn } from "./arithmetic";
import { sentences } from "./cited-reply";
import { seededRandom } from "./ids";
import { questionFacts, topicItems, topicOf, urlsIn } from "./question-facts";

const WORD_OPERATORS: Array<[RegExp, string]> = [
  [/\s+plus\s+/gi, " + "],
  [/\s+minus\s+/gi, " - "],
  [/\s+(?:times|multiplied by)\s+/gi, " * "],
  [/\s+divided by\s+/gi, " / "],
  [/\s*[x×]\s*/g, " * "],
  [/\s*÷\s*/g, " / "],
];

function findExpressionBefore(text: string): string | undefined {
  const plain = text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ")
    .replace(/\b\d{1,2}:\d{2}\b/g, " ");
  let symbolic = plain;
  for (const [pattern, operator] of WORD_OPERATORS)
    symbolic = symbolic.replace(pattern, (match, offset: number, whole: string) =>
      /[x×]/.test(match) &&
      !(/\d\s*$/.test(whole.slice(0, offset)) && /^\s*\d/.test(whole.slice(offset + match.length)))
        ? match
        : operator,
    );
  for (const match of symbolic.matchAll(/[-(]*\d[\d.\s()+\-*/^%]*/g)) {
    let out = match[0].trim().replace(/[-+*/^%.\s]+$/, "");
    const count = (s: string, c: string) => s.split(c).length - 1;
    while (out.startsWith("(") && count(out, "(") > count(out, ")")) out = out.slice(1).trim();
    while (out.endsWith(")") && count(out, ")") > count(out, "(")) out = out.slice(0, -1).trim();
    if (/\d\s*(?:\*\*|[-+*/^%])\s*[-(]*\d/.test(out) && evaluate(out) !== undefined) return out;
  }
  return undefined;
}

function numbersInBefore(text: string): number[] {
  const plain = text.replace(/https?:\/\/\S+/g, " ");
  return [...plain.matchAll(/-?\d+(?:\.\d+)?/g)]
    .filter((m) => !/[\w.]$/.test(plain.slice(0, m.index)) || m[0].startsWith("-"))
    .map((m) => {
      const subtraction = m[0].startsWith("-") && /[\d)]\s*$/.test(plain.slice(0, m.index));
      return Number(subtraction ? m[0].slice(1) : m[0]);
    });
}

const urlsInBefore = (text: string) => [
  ...new Set((text.match(/https?:\/\/[^\s<>"'`]+/g) ?? []).map((url) => url.replace(/[.,;:!?)\]]+$/, ""))),
];

const LEADING = [
  /^(?:please|hey|hi|hello|ok(?:ay)?|so|now)\b[,!.\s]*/i,
  /^(?:can|could|would|will) you\s+(?:please\s+)?/i,
  /^(?:i(?:'d| would) like to know|i want to know|i need to know|i need|tell me|let me know|find out)\s+/i,
  /^(?:search|look up|lookup|google|browse|find|research|check)\s+(?:(?:the|my|our|your)\s+[\w-]+\s+|online\s+)?(?:for|about|on)\s+/i,
  /^(?:search|look up|lookup|google|browse)(?: (?:the )?(?:web|internet|online))?\s+/i,
  /^(?:what|who|where|which|when)(?:'s|'re| is| are| was| were)\s+/i,
  /^(?:about|for|on|the)\s+/i,
];

function topicOfBefore(question: string): string {
  let topic = question
    .replace(/```[\s\S]*?```/g, " ")
    .split(/\n/)
    .map((line) => line.trim())
    .filter(Boolean)[0];
  if (!topic) return "";
  topic = topic
    .replace(/,?\s*(?:and\s+)?then\b.*$/i, "")
    .replace(/\bhttps?:\/\/\S+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of LEADING) {
      const next = topic.replace(pattern, "");
      if (next !== topic && next.trim()) {
        topic = next;
        changed = true;
      }
    }
  }
  return topic
    .replace(/(?:,?\s*(?:please|thanks|thank you))+[.!?]*$/i, "")
    .replace(/[\s.!?,;:]+$/, "")
    .trim();
}

function topicItemsBefore(topic: string): string[] {
  if (!/[,;]/.test(topic)) return [topic];
  const parts = topic
    .split(/\s*(?:;|,\s*(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$))\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [topic];
  const head = /^(.*\b(?:of|in|for|about|on|at|from))\s+\S+(?:\s\S+)?$/.exec(parts[0])?.[1];
  return parts.map((part, i) => (i > 0 && head && part.split(" ").length <= 2 ? `${head} ${part}` : part));
}

const emailBefore = (text: string) => /[\w.+-]+@[\w-]+\.[\w.-]+/.exec(text)?.[0];

function sentencesBefore(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const pattern = /(?:[^.!?\n]|[.!?](?![.!?]*["”’)]*(?:\s|$)))*(?:[.!?]+["”’)]*|\n+|$)\s*/g;
  for (const match of text.matchAll(pattern)) {
    if (!match[0]) break;
    if (match[0].trim()) out.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return out;
}

const MARKS = [
  ".",
  "!",
  "?",
  "...",
  '"',
  "”",
  "’",
  ")",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\t",
  "\u00a0",
  "a",
  "bc",
  "3",
  "e.g",
  "(",
  "x",
];

const PIECES = [
  "please",
  "Please",
  "thanks",
  "thank you",
  "Thanks",
  ",",
  " ",
  "  ",
  "\t",
  "\n",
  ".",
  "!",
  "?",
  ";",
  ":",
  "and",
  "then",
  "or",
  "x",
  "×",
  "÷",
  "3",
  "4",
  "12",
  "1.5",
  "-",
  "(",
  ")",
  "+",
  "*",
  "/",
  "^",
  "%",
  "**",
  "plus",
  "minus",
  "times",
  "divided by",
  "box",
  "https://a.example/b",
  "http://x.y.",
  "a@b.co",
  "x.y+z@",
  "@",
  "of",
  "in",
  "capitals",
  "France",
  "Spain",
  "search for",
  "what is",
  "can you",
  "2024-01-02",
  "10:30",
  "```",
  "`",
  "e",
  "_",
  "]",
];

describe("reading a turn in linear time reads it as before", () => {
  it("gives the same arithmetic, numbers, URLs, e-mail, topic and items on 5,000 short texts", () => {
    const random = seededRandom(49);
    for (let i = 0; i < 5_000; i++) {
      const length = 1 + Math.floor(random() * 14);
      const text = Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join(
        random() < 0.5 ? " " : "",
      );
      const label = JSON.stringify(text);
      expect(findExpression(text), label).toBe(findExpressionBefore(text));
      expect(numbersIn(text), label).toEqual(numbersInBefore(text));
      expect(urlsIn(text), label).toEqual(urlsInBefore(text));
      expect(questionFacts(text).email, label).toBe(emailBefore(text));
      expect(topicOf(text), label).toBe(topicOfBefore(text));
      expect(topicItems(text), label).toEqual(topicItemsBefore(text));
    }
  });

  it("cuts the same sentences from 5,000 short texts of words, marks, quotes and breaks", () => {
    const random = seededRandom(7);
    for (let i = 0; i < 5_000; i++) {
      const length = 1 + Math.floor(random() * 16);
      const text = Array.from({ length }, () => MARKS[Math.floor(random() * MARKS.length)]).join("");
      expect(sentences(text), JSON.stringify(text)).toEqual(sentencesBefore(text));
    }
  });
});
