// Whether a structured reply matches the response format it was asked for, in a line a reader takes in at a glance:
// "Matches the response format", or "Does not match: `$.items[2].price` must be a number". The validator
// (@cfworker/json-schema: no eval, no new Function, so no CSP exception) is imported only when a reply needs it,
// which keeps it off the page's first load.
import type { OutputUnit } from "@cfworker/json-schema";

export interface SchemaMatch {
  matches: boolean;
  /** What is wrong, for a reply that does not match: `` `$.price` must be a number ``. */
  problem?: string;
}

/** Checks a reply's text against the schema of the request's `output_config.format`. */
export async function matchSchema(text: string, schema: unknown): Promise<SchemaMatch> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { matches: false, problem: `the text is not valid JSON: ${(error as Error).message}` };
  }
  const { Validator } = await import("@cfworker/json-schema");
  let errors: OutputUnit[];
  try {
    errors = new Validator(schema as object, "2020-12", true).validate(value).errors;
  } catch (error) {
    return { matches: false, problem: `the schema could not be checked: ${(error as Error).message}` };
  }
  return errors.length === 0 ? { matches: true } : { matches: false, problem: describeErrors(errors, value) };
}

/** The innermost error of the first failing chain, in plain words, at its place in the reply. */
export function describeErrors(errors: OutputUnit[], value: unknown): string {
  // The validator reports a chain from the root down (properties → items → type); the last says what is wrong. A
  // property that is not allowed ends in a "False boolean schema" error below its additionalProperties one.
  let last = errors.length - 1;
  if (errors[last].keyword === "false" && last > 0) last--;
  const error = errors[last];
  const where = `\`${jsonPath(error.instanceLocation, value)}\``;
  const quoted = [...error.error.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  switch (error.keyword) {
    case "type": {
      const expected = /Expected (.*)\.$/.exec(error.error)?.[1] ?? "";
      const names = [...expected.matchAll(/"([^"]*)"/g)].map((m) => article(m[1]));
      return `${where} must be ${names.join(" or ") || "of another type"}`;
    }
    case "required":
      return `${where} lacks the required property \`${quoted[0]}\``;
    case "additionalProperties":
      return `${where} has a property the schema does not allow: \`${quoted[0]}\``;
    case "enum":
      return `${where} must be one of ${listed(/any of (.*)\.$/.exec(error.error)?.[1])}`;
    case "const":
      return `${where} must be ${/match (.*)\.$/.exec(error.error)?.[1] ?? "the schema's constant"}`;
    case "format":
      return `${where} is not a valid ${quoted.at(-1) ?? "value of its format"}`;
    default:
      return `${where}: ${error.error.replace(/\.$/, "")}`;
  }
}

const article = (type: string) =>
  type === "null" ? "null" : (type === "integer" || type === "object" || type === "array" ? "an " : "a ") + type;

/** `["open","paid"]` → `"open", "paid"`. */
function listed(json: string | undefined): string {
  try {
    const values = JSON.parse(json ?? "");
    if (Array.isArray(values)) return values.map((v) => JSON.stringify(v)).join(", ");
  } catch {
    // Not a JSON list: said as the validator said it.
  }
  return json ?? "the schema's values";
}

/** `#/items/2/price` → `$.items[2].price`: array indexes in brackets, odd names quoted. */
export function jsonPath(pointer: string, value: unknown): string {
  let path = "$";
  let node = value;
  for (const raw of pointer.replace(/^#\/?/, "").split("/").filter(Boolean)) {
    let key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    try {
      key = decodeURIComponent(key);
    } catch {
      // A name with a lone % is its own text.
    }
    if (Array.isArray(node)) path += `[${key}]`;
    else path += /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return path;
}
