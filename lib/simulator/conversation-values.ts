// Values a model would lift out of the conversation into structured output or tool arguments: an email address, a URL,
// a date or a number the user wrote, found by the string format or the property's name that asks for it.

// The e-mail finder starts where a run of the characters of its first part starts (the look-behind): tried from every
// place of a long word, it scanned the rest of the word each time (text-ends.ts).
const FINDERS: Record<string, RegExp> = {
  email: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
  uri: /\bhttps?:\/\/[^\s"'<>)]+/,
  date: /\b\d{4}-\d{2}-\d{2}\b/,
  "date-time": /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})\b/,
  uuid: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i,
  ipv4: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/,
};
FINDERS.url = FINDERS.uri;

/** The property names that ask for a kind of value when the schema gives no format (`email`, `website`, `due_date`). */
const NAMED: [RegExp, string][] = [
  [/e-?mail/i, "email"],
  [/(^|_)(url|uri|link|website|homepage)($|_)/i, "uri"],
  [/(^|_)date($|_)|_on$/i, "date"],
];

/** A value of `format` (or, without one, of the kind the property's name asks for) written in `text`, if any. */
export function valueFromText(text: string, format: unknown, name: string): string | undefined {
  const kind = typeof format === "string" ? format : NAMED.find(([pattern]) => pattern.test(name))?.[1];
  const finder = kind ? FINDERS[kind] : undefined;
  return finder?.exec(text)?.[0];
}

/** The numbers written in `text`, in order ("2 adults, 3.5 stars" → 2, 3.5). */
export function numbersInText(text: string): number[] {
  return (text.match(/(?<![\w.-])-?\d+(?:\.\d+)?(?![\w.])/g) ?? []).map(Number).filter(Number.isFinite);
}

/** String properties whose value is a sentence rather than a name. */
export const PROSE_NAME =
  /summary|answer|explanation|reason|description|text|content|message|response|reply|comment|note/i;
