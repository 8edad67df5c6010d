// What a user's turn gives a model to put in a tool call: its numbers, its arithmetic, its URLs, its code, and the
// topic it asks about ("Search the web for the latest news on fusion power" → "latest news on fusion power").
import { findExpression, numbersIn } from "./arithmetic";

export interface QuestionFacts {
  question: string;
  /** The numbers the turn gives, in order; tool inputs take them one by one (`taken` counts those used). */
  numbers: number[];
  taken: number;
  expression?: string;
  urls: string[];
  code?: { language: string; text: string };
  email?: string;
  topic: string;
}

export function questionFacts(question: string): QuestionFacts {
  return {
    question,
    numbers: numbersIn(question),
    taken: 0,
    expression: findExpression(question),
    urls: urlsIn(question),
    code: codeIn(question),
    email: /[\w.+-]+@[\w-]+\.[\w.-]+/.exec(question)?.[0],
    topic: topicOf(question),
  };
}

/** URLs, without the punctuation that ends the sentence around them. */
export function urlsIn(text: string): string[] {
  const found = (text.match(/https?:\/\/[^\s<>"'`]+/g) ?? []).map((url) => url.replace(/[.,;:!?)\]]+$/, ""));
  return [...new Set(found)];
}

function codeIn(text: string): QuestionFacts["code"] {
  const fenced = /```([\w+-]*)[^\S\n]*\n([\s\S]*?)```/.exec(text);
  if (fenced) return { language: fenced[1].toLowerCase() || "python", text: fenced[2].replace(/\n$/, "") };
  const inline = /`([^`\n]+)`/.exec(text);
  return inline ? { language: "", text: inline[1] } : undefined;
}

const LEADING = [
  /^(?:please|hey|hi|hello|ok(?:ay)?|so|now)\b[,!.\s]*/i,
  /^(?:can|could|would|will) you\s+(?:please\s+)?/i,
  /^(?:i(?:'d| would) like to know|i want to know|i need to know|i need|tell me|let me know|find out)\s+/i,
  /^(?:search|look up|lookup|google|browse|find|research|check)\s+(?:(?:the|my|our|your)\s+[\w-]+\s+|online\s+)?(?:for|about|on)\s+/i,
  /^(?:search|look up|lookup|google|browse)(?: (?:the )?(?:web|internet|online))?\s+/i,
  /^(?:what|who|where|which|when)(?:'s|'re| is| are| was| were)\s+/i,
  /^(?:about|for|on|the)\s+/i,
];

/** The subject of the turn, as a search query would put it. */
export function topicOf(question: string): string {
  let topic = question
    .replace(/```[\s\S]*?```/g, " ")
    .split(/\n/)
    .map((line) => line.trim())
    .filter(Boolean)[0];
  if (!topic) return "";
  // What comes after "then" is a next step (fetch a page, run code), not more of the subject; an address is not a subject.
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

/** The items of a list the topic names ("the capitals of France, Spain and Italy" → each capital), or the topic alone.
 * Items that are a word or two share the first item's head ("capitals of"). A list has commas: "A and B" is one topic. */
export function topicItems(topic: string): string[] {
  if (!/[,;]/.test(topic)) return [topic]; // "salt and pepper" is one subject; a list has commas
  const parts = topic
    .split(/\s*(?:;|,\s*(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$))\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [topic];
  const head = /^(.*\b(?:of|in|for|about|on|at|from))\s+\S+(?:\s\S+)?$/.exec(parts[0])?.[1];
  return parts.map((part, i) => (i > 0 && head && part.split(" ").length <= 2 ? `${head} ${part}` : part));
}
