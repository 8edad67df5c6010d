// Generates a tool input (or a structured reply: structured-reply.ts) that validates against a JSON schema: required
// properties always, optional ones by the seed or when the question gives their value; values honour type, enum,
// const, ranges, lengths, item counts, formats and local $refs. Values come from the question as a model takes them:
// a number it puts beside the property's name ("3 nights"), else its numbers in order ("What is 2+3?" → a: 2, b: 3),
// its arithmetic for an expression, its URL for a url, its topic for a query, its code for code, an email address for
// an email, names for the other strings ("weather in Paris" → location "Paris"), the enum value it names ("in
// fahrenheit"); without a cue, the schema's default or example, the description's example ("e.g. Paris, France"), a
// modest number, false: never a random extreme.
import { numbersInText, PROSE_NAME, valueFromText } from "./conversation-values";
import { questionFacts, type QuestionFacts } from "./question-facts";
import { patternTests, type PatternTest } from "./schema-pattern";

type Schema = Record<string, unknown>;

const FORMATS: Record<string, string> = {
  date: "2026-11-25",
  "date-time": "2026-11-25T09:30:00Z",
  time: "09:30:00Z",
  email: "ada@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  uuid: "3f1c2a9e-7b4d-4e2a-9c1f-5d6e7f8a9b0c",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  duration: "PT1H30M",
};

export interface ToolInputContext {
  random: () => number;
  /** Capitalised words and other salient words from the question, in order. */
  words: string[];
  /** The question itself, for the enum value it names. */
  question?: string;
  /** A sentence for a property that asks for prose (a summary, an answer), instead of a word. */
  prose?: string;
  /**
   * When set, string properties take the question's words in turn (a name, then a plan, then a day), as a model filling
   * a form from a text does; else each takes one of the first two, by the seed.
   */
  cursor?: { next: number };
  /** The schema the generation started from, which local `$ref`s point into (set by the first call). */
  root?: Schema;
  /** What the question gives (made from `question` when absent). */
  facts?: QuestionFacts;
  /** The schema patterns' tests, under one deadline for the whole value (made by the first call). */
  patterns?: PatternTest;
}

/** Deeper than this, a `$ref` is not followed (a recursive schema) and arrays take their fewest items. */
const MAX_DEPTH = 8;

const STOPWORDS = new Set([
  "please",
  "what",
  "when",
  "where",
  "which",
  "would",
  "could",
  "should",
  "there",
  "their",
  "about",
  "with",
  "from",
  "that",
  "this",
  "tool",
  "tools",
  "give",
  "tell",
  "find",
  "show",
  "need",
  "want",
  "like",
  "have",
  "does",
  "will",
  "into",
  "your",
  "them",
  "then",
  "than",
  "some",
  "make",
]);

/** Words a model would lift into tool arguments: names first (capitalised, not sentence-initial), then content words. */
export function salientWords(question: string): string[] {
  const sentenceStarts = new Set(
    (question.match(/(?:^|[.!?]\s+)([A-Z][a-zA-Z]*)/g) ?? []).map((w) => w.replace(/^[.!?\s]+/, "")),
  );
  // A run of capitalised words is one name ("John Smith", "San Francisco"), less a word that only starts a sentence.
  const names = (question.match(/\b[A-Z][a-zA-Z]+(?:[ \t]+[A-Z][a-zA-Z]+)*\b/g) ?? [])
    .map((run) => run.split(/[ \t]+/))
    .map((run) => (sentenceStarts.has(run[0]) ? run.slice(1) : run).join(" "))
    .filter((name) => name.length > 2);
  const words = (question.match(/\b[a-zA-Z]{4,}\b/g) ?? []).filter(
    (w) => !STOPWORDS.has(w.toLowerCase()) && !w.includes("_"),
  );
  return [...new Set(names.length > 0 ? names : words)];
}

export function generateToolInput(schema: Schema, ctx: ToolInputContext, depth = 0, name = "value"): unknown {
  if (depth === 0 && !ctx.facts) ctx = { ...ctx, facts: questionFacts(ctx.question ?? ctx.words.join(" ")) };
  if (!ctx.patterns) ctx = { ...ctx, patterns: patternTests() };
  if (typeof schema !== "object" || schema === null) return {};
  if (!ctx.root) ctx = { ...ctx, root: schema };
  schema = withDescribedConstraints(schema);
  if (typeof schema.$ref === "string") {
    const target = depth < MAX_DEPTH ? resolveRef(ctx.root!, schema.$ref) : undefined;
    return target ? generateToolInput(target, ctx, depth + 1, name) : null;
  }
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return enumValue(schema.enum, schema.default, ctx);
  for (const key of ["anyOf", "oneOf"]) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) {
      // A value rather than null where the schema allows both, as a model fills a field it has something for.
      const chosen = options.find((o) => (o as Schema)?.type !== "null") ?? options[0];
      return generateToolInput(chosen as Schema, ctx, depth + 1, name);
    }
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    return generateToolInput(
      Object.assign({}, ...(schema.allOf as Schema[]), { allOf: undefined }),
      ctx,
      depth + 1,
      name,
    );
  }
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== "null") ?? "null") : schema.type;
  switch (type ?? (schema.properties ? "object" : "string")) {
    case "object":
      return objectValue(schema, ctx, depth);
    case "array":
      return arrayValue(schema, ctx, depth, name);
    case "integer":
    case "number":
      return numberValue(schema, type === "integer", ctx, name);
    case "boolean":
      // "wants to schedule a demo" → demo_requested: true; else the default, or false.
      return mentions(ctx.question ?? "", name) || (typeof schema.default === "boolean" ? schema.default : false);
    case "null":
      return null;
    default:
      return stringValue(schema, ctx, name);
  }
}

function objectValue(schema: Schema, ctx: ToolInputContext, depth: number): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(properties)) {
    // Optional properties appear by the seed, and less often deeper down, as a model fills what it needs.
    const given = ctx.facts && hasCue(sub, key, ctx.facts);
    if (!required.has(key) && !given && (depth > 2 || ctx.random() < 0.4)) continue;
    out[key] = generateToolInput(sub, ctx, depth + 1, key);
  }
  for (const key of required) {
    if (!(key in out))
      out[key] = "additionalProperties" in schema && schema.additionalProperties === false ? null : "value";
  }
  const min = typeof schema.minProperties === "number" ? schema.minProperties : 0;
  for (const [key, sub] of Object.entries(properties)) {
    if (Object.keys(out).length >= min) break;
    if (!(key in out)) out[key] = generateToolInput(sub, ctx, depth + 1, key);
  }
  return out;
}

/** The question names the property: one of its words, of four letters or more, is in it. */
function mentions(question: string, name: string): boolean {
  const lower = question.toLowerCase();
  return name
    .split(/[^a-zA-Z]+|(?=[A-Z])/)
    .some((word) => word.length >= 4 && new RegExp(`\\b${word.toLowerCase()}`).test(lower));
}

/** The schema a local `$ref` names (`#`, `#/$defs/Item`, `#/definitions/Item`), or undefined. */
function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) {
    const key = decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~");
    node = typeof node === "object" && node !== null ? (node as Schema)[key] : undefined;
  }
  return typeof node === "object" && node !== null ? (node as Schema) : undefined;
}

function arrayValue(schema: Schema, ctx: ToolInputContext, depth: number, name: string): unknown[] {
  const min = typeof schema.minItems === "number" ? schema.minItems : depth >= MAX_DEPTH ? 0 : 1;
  const max = depth >= MAX_DEPTH ? min : typeof schema.maxItems === "number" ? schema.maxItems : Math.max(min, 3);
  const count = Math.min(max, Math.max(min, 1 + Math.floor(ctx.random() * 2)));
  const items = (schema.items ?? {}) as Schema;
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    let value = generateToolInput(items, ctx, depth + 1, name);
    // uniqueItems: vary until unique, a bounded number of times, then make strings distinct by a suffix.
    const taken = (v: unknown) => out.some((o) => JSON.stringify(o) === JSON.stringify(v));
    for (let tries = 0; schema.uniqueItems && tries < 5 && taken(value); tries++) {
      value = generateToolInput(items, ctx, depth + 1, `${name}${i}`);
    }
    if (schema.uniqueItems && taken(value)) {
      if (typeof value === "string") value = `${value} ${i + 1}`;
      else continue; // fewer items rather than a duplicate
    }
    out.push(value);
  }
  return out;
}

function numberValue(schema: Schema, integer: boolean, ctx: ToolInputContext, name: string): number {
  const num = (key: string) => (typeof schema[key] === "number" ? (schema[key] as number) : undefined);
  const step = integer ? 1 : 0.5;
  const low = num("minimum") ?? (num("exclusiveMinimum") !== undefined ? num("exclusiveMinimum")! + step : undefined);
  const high = num("maximum") ?? (num("exclusiveMaximum") !== undefined ? num("exclusiveMaximum")! - step : undefined);
  // A number the question writes beside the property's name ("3 nights") wins over its numbers in order.
  const said = numberNear(ctx.question ?? "", name);
  const multiple = num("multipleOf");
  const fits = (v: number) =>
    (!integer || Number.isInteger(v)) &&
    (low === undefined || v >= low) &&
    (high === undefined || v <= high) &&
    (!multiple || Math.abs(v / multiple - Math.round(v / multiple)) < 1e-9);
  if (said !== undefined && fits(said)) return said;
  // The question's next number, as a model copies "2" and "3" into add(a, b).
  const facts = ctx.facts;
  if (facts && facts.taken < facts.numbers.length && fits(facts.numbers[facts.taken]))
    return facts.numbers[facts.taken++];
  const examples = Array.isArray(schema.examples) ? schema.examples : [];
  for (const candidate of [schema.default, examples[0], Number(describedExample(schema.description))]) {
    if (typeof candidate === "number" && Number.isFinite(candidate) && fits(candidate)) return candidate;
  }
  // A modest value: a handful for a count, else the least allowed (or one); inside the bounds and on the grid.
  let value = /count|limit|max|num|number|top|size|results|quantity|^n$|^k$/i.test(name) ? 5 : (low ?? 1);
  if (low !== undefined && value < low) value = low;
  if (high !== undefined && value > high) value = high;
  if (integer) value = low !== undefined && value < Math.ceil(low) ? Math.ceil(low) : Math.round(value);
  if (integer && high !== undefined && value > high) value = Math.floor(high);
  if (multiple) {
    value = Math.ceil((low ?? value) / multiple) * multiple;
    if (high !== undefined && value > high) value = Math.floor(high / multiple) * multiple;
    return +value.toFixed(10);
  }
  return value;
}

/** The question has a value for this property: a number left to take, the enum value it names, or what the name asks. */
function hasCue(schema: Schema, name: string, facts: QuestionFacts): boolean {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  if ((type === "integer" || type === "number") && facts.taken < facts.numbers.length) return true;
  if (Array.isArray(schema?.enum))
    return schema.enum.some(
      (v) => typeof v === "string" && v.length > 1 && facts.question.toLowerCase().includes(v.toLowerCase()),
    );
  return type === "string" && factString(schema, name, facts) !== undefined;
}

/** A string the question gives for a property, by what the property is for. */
function factString(schema: Schema, name: string, facts: QuestionFacts): string | undefined {
  const about = `${name} ${typeof schema.description === "string" ? schema.description : ""}`.toLowerCase();
  const format = schema.format;
  if (format === "uri" || format === "url" || /\b(url|uri|link|href)s?\b|_url\b/.test(about)) return facts.urls[0];
  if (format === "email" || /\bemail\b/.test(about)) return facts.email;
  if (/expression|formula|equation|calculation/.test(about)) return facts.expression;
  if (/^(code|source|script|program|snippet|command)$|\bcode\b/.test(name.toLowerCase()) && facts.code)
    return facts.code.text;
  if (/^(query|q|search|search_query|question|prompt|topic|keywords?|terms?)$/.test(name.toLowerCase()) && facts.topic)
    return facts.topic;
  return undefined;
}

function enumValue(values: unknown[], fallback: unknown, ctx: ToolInputContext): unknown {
  const question = ctx.question?.toLowerCase() ?? "";
  const named = values.find(
    (v) =>
      typeof v === "string" &&
      v.length > 1 &&
      new RegExp(`\\b${v.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(question),
  );
  if (named !== undefined) return named;
  return values.some((v) => v === fallback) ? fallback : values[0];
}

const DESCRIBED_KEYS = [
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minItems",
  "maxItems",
  "uniqueItems",
];

/**
 * The schema with the constraints its description states in the SDKs' words. For structured outputs the SDKs "remove
 * unsupported constraints" and add them to the field's description (`{minimum: 1, maxLength: 5}` at its end), then
 * validate the reply against the original schema: the model reads them there, and so does the simulator.
 */
export function withDescribedConstraints(schema: Schema): Schema {
  const description = schema.description;
  if (typeof description !== "string" || !description.endsWith("}")) return schema;
  const start = description.lastIndexOf("\n\n{") >= 0 ? description.lastIndexOf("\n\n{") + 2 : 0;
  if (description[start] !== "{") return schema;
  let stated: unknown;
  try {
    stated = JSON.parse(description.slice(start).replace(/([{,]\s*)([A-Za-z_$][\w$]*):/g, '$1"$2":'));
  } catch {
    return schema;
  }
  if (typeof stated !== "object" || stated === null) return schema;
  const added = Object.fromEntries(
    Object.entries(stated).filter(([key]) => DESCRIBED_KEYS.includes(key) && !(key in schema)),
  );
  return Object.keys(added).length ? { ...schema, ...added } : schema;
}

/** The first example a description gives: "City and country, e.g. Paris, France" → "Paris, France". */
export function describedExample(description: unknown): string | undefined {
  if (typeof description !== "string") return undefined;
  const match = /\b(?:e\.g\.|for example|such as)[:,]?\s+([^;\n]+)/i.exec(description);
  if (!match) return undefined;
  let example = match[1].trim();
  // "(e.g. AAPL)": the bracket closing around the example is not part of it.
  const opened = (example.match(/\(/g) ?? []).length;
  if ((example.match(/\)/g) ?? []).length > opened) example = example.slice(0, example.lastIndexOf(")")).trim();
  return example.replace(/[.]$/, "").replace(/^["'`](.*)["'`]$/, "$1") || undefined;
}

/** The number the question writes beside the property's name ("3 nights", "budget: 200"), if any. */
function numberNear(question: string, name: string): number | undefined {
  const word = name
    .replace(/[_-]+/g, " ")
    .replace(/s$/, "")
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (word.length < 3) return undefined;
  // A number starts at its first digit (the look-behind), not at each of them: on a long run of digits the pattern
  // would scan the rest of the run from every one.
  const near = new RegExp(`(-?(?<!\\d)\\d+(?:\\.\\d+)?)\\s+${word}|\\b${word}s?\\W{1,3}(-?\\d+(?:\\.\\d+)?)`, "i").exec(
    question,
  );
  return near ? numbersInText(near[1] ?? near[2])[0] : undefined;
}

function stringValue(schema: Schema, ctx: ToolInputContext, name: string): string {
  const test = ctx.patterns ?? patternTests();
  const matches = (value: string) => typeof schema.pattern !== "string" || test(schema.pattern, value);
  const fact = ctx.facts && factString(schema, name, ctx.facts);
  if (fact !== undefined && withinLength(schema, fact) && matches(fact)) return fact;
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : 200;
  const fits = (value: string) => value.length >= minLength && value.length <= maxLength && matches(value);
  const written = valueFromText(ctx.question ?? "", schema.format, name);
  if (written !== undefined && fits(written)) return written;
  if (typeof schema.default === "string" && fits(schema.default)) return schema.default;
  if (typeof schema.format === "string" && FORMATS[schema.format]) return FORMATS[schema.format];
  if (ctx.prose && PROSE_NAME.test(name) && fits(ctx.prose)) return ctx.prose;
  const example = describedExample(schema.description);
  const spokenName = name.replace(/_/g, " ");
  const candidates = [...ctx.words.slice(0, 6), ...(example ? [example] : []), spokenName, "example"];
  const pick =
    ctx.words.length === 0
      ? (example ?? spokenName)
      : ctx.cursor
        ? ctx.words[ctx.cursor.next++ % Math.min(ctx.words.length, 6)]
        : candidates[Math.floor(ctx.random() * Math.min(ctx.words.length, 2))];
  if (typeof schema.pattern === "string") {
    const fit = [pick, ...candidates, "a", "A", "0", "abc", "ABC", "a1", "2026-11-25"].find(fits);
    if (fit !== undefined) return fit;
  }
  let value = pick;
  while (value.length < minLength) value += ` ${pick}`;
  return value.slice(0, Math.max(minLength, Math.min(maxLength, value.length)));
}

/** Whether a value's length is within the schema's `minLength` and `maxLength`. */
function withinLength(schema: Schema, value: string): boolean {
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  return value.length >= min && value.length <= max;
}
