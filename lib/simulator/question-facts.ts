// What a user's turn gives a model to put in a tool call: its numbers, its arithmetic, its URLs, its code, and the
// topic it asks about ("Search the web for the latest news on fusion power" → "latest news on fusion power").
import { findExpression, numbersIn } from "./arithmetic";
import { trimEndWhere } from "./text-ends";

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

// Patterns here start where a run of what they open with starts (look-behinds), and what ends a text is trimmed by
// walking back from its end (text-ends.ts): tried from every place of a long run, they would scan the rest of it each
// time, and a turn of one long word took the server seconds.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/;
const URL_END = /[.,;:!?)\]]/;

export function questionFacts(question: string): QuestionFacts {
  return {
    question,
    numbers: numbersIn(question),
    taken: 0,
    expression: findExpression(question),
    urls: urlsIn(question),
    code: codeIn(question),
    email: EMAIL.exec(question)?.[0],
    topic: topicOf(question),
  };
}

/** URLs, without the punctuation that ends the sentence around them. */
export function urlsIn(text: string): string[] {
  const found = (text.match(/https?:\/\/[^\s<>"'`]+/g) ?? []).map((url) => trimEndWhere(url, (c) => URL_END.test(c)));
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
  // Whitespace is one space first, so that no pattern below meets a long run of it.
  topic = topic
    .replace(/\s+/g, " ")
    .replace(/,? ?(?:and )?then\b.*$/i, "")
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
  return trimEndWhere(withoutClosingThanks(topic), (c) => TOPIC_END.test(c)).trim();
}

const TOPIC_END = /[\s.!?,;:]/;
/** One "please", "thanks" or "thank you" at the end, with the comma and the space before it: at most 11 characters. */
const THANKS = /,? ?(?:please|thanks|thank you)$/i;

/** Without the "please" and "thanks" that close a request ("…, please!", "… thanks"), and what follows them. */
function withoutClosingThanks(topic: string): string {
  const end = trimEndWhere(topic, (c) => ".!?".includes(c)).length;
  let cut = end;
  for (;;) {
    const thanks = THANKS.exec(topic.slice(Math.max(0, cut - 11), cut));
    if (!thanks) break;
    cut -= thanks[0].length;
  }
  return cut < end ? topic.slice(0, cut) : topic;
}

/** The items of a list the topic names ("the capitals of France, Spain and Italy" → each capital), or the topic alone.
 * Items that are a word or two share the first item's head ("capitals of"). A list has commas: "A and B" is one topic. */
export function topicItems(topic: string): string[] {
  if (!/[,;]/.test(topic)) return [topic]; // "salt and pepper" is one subject; a list has commas
  const parts = listItems(topic)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [topic];
  const head = /^(.*\b(?:of|in|for|about|on|at|from))\s+\S+(?:\s\S+)?$/.exec(parts[0])?.[1];
  return parts.map((part, i) => (i > 0 && head && part.split(" ").length <= 2 ? `${head} ${part}` : part));
}

/** ";", ",", ", and", ", or", and "and" between spaces: each from the start of the whitespace before it, and none with
 * the whitespace after it, where the next one may start. */
const SEPARATOR = /(?<!\s)\s*(?:;|,(?:\s*(?:and|or)(?=\s))?)|(?<!\s)\s+and(?=\s)/g;

/** A list's items: parted by semicolons and commas, and by "and" after the last comma ("A, B and C"; in "A and B, C"
 * the first "and" is inside an item). An "and" right after a separator ("A; and B") starts an item. */
function listItems(topic: string): string[] {
  const lastComma = topic.lastIndexOf(",");
  const items: string[] = [];
  let from = 0;
  let afterSeparator = -1;
  for (const separator of topic.matchAll(SEPARATOR)) {
    const and = !/[;,]/.test(separator[0]);
    if (and && (separator.index < lastComma || separator.index === afterSeparator)) continue;
    items.push(topic.slice(from, separator.index));
    from = afterSeparator = separator.index + separator[0].length;
  }
  items.push(topic.slice(from));
  return items;
}
