// The JSON Schema subset of structured outputs (output_config.format and tools with strict: true), as the docs list it
// (https://platform.claude.com/docs/en/build-with-claude/structured-outputs#json-schema-limitations): not supported are
// recursive schemas, complex types within enums, external $ref, numerical constraints (minimum, maximum, multipleOf…),
// string constraints (minLength, maxLength), array constraints beyond minItems of 0 or 1, and additionalProperties set
// to anything other than false ("must be set to false for objects"); allOf with $ref is not supported either. "If you
// use an unsupported feature, you'll receive a 400 error with details." Nothing else is refused here: a string format
// outside the listed ones, or a pattern, is the upstream's to judge. The wording follows the API's own where it is
// known from reported errors ("For 'integer' type, property 'minimum' is not supported", "For 'array' type, 'minItems'
// values other than 0 or 1 are not supported", "For 'object' type, 'additionalProperties' must be explicitly set to
// false", "Too many recursive definitions in schema"), with where in the schema it is.
import { isJsonObject } from "./json-object";
import type { SchemaProblem } from "./json-schema-check";

type Node = Record<string, unknown>;

const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
const STRING_KEYWORDS = ["minLength", "maxLength"];
const ARRAY_KEYWORDS = ["maxItems", "uniqueItems", "contains", "minContains", "maxContains"];
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const SCHEMA_LISTS = ["anyOf", "allOf", "oneOf", "prefixItems"];
const SCHEMA_ONES = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"];

/** At most this many problems per schema: a large schema written for another provider would otherwise fill the panel. */
const MAX_PROBLEMS = 5;

export interface StructuredSchemaFacts {
  problems: SchemaProblem[];
  /** Properties left out of `required`: the API allows 24 across a request's strict schemas. */
  optionalParameters: number;
  /** Schemas with `anyOf` or a list of types: the API allows 16 across a request's strict schemas. */
  unionParameters: number;
}

const typesOf = (node: Node): string[] =>
  Array.isArray(node.type)
    ? node.type.filter((t): t is string => typeof t === "string")
    : typeof node.type === "string"
      ? [node.type]
      : [];

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function unsupported(type: string, keys: string[]): string {
  return keys.length === 1
    ? `For '${type}' type, property '${keys[0]}' is not supported`
    : `For '${type}' type, properties ${keys.sort().join(", ")} are not supported`;
}

/** Checks one schema (an output format's, or a strict tool's input schema) against the structured-outputs subset. */
export function checkStructuredSchema(schema: unknown): StructuredSchemaFacts {
  const facts: StructuredSchemaFacts = { problems: [], optionalParameters: 0, unionParameters: 0 };
  const report = (path: string, message: string) => {
    if (facts.problems.length < MAX_PROBLEMS) facts.problems.push({ path, message });
  };
  walk(schema, "", facts, report);
  const recursion = findRecursion(schema);
  if (recursion !== undefined)
    facts.problems.unshift({ path: recursion, message: "Too many recursive definitions in schema" });
  return facts;
}

function walk(
  node: unknown,
  path: string,
  facts: StructuredSchemaFacts,
  report: (path: string, message: string) => void,
) {
  if (typeof node === "boolean") return;
  if (!isJsonObject(node)) return report(path, "a schema must be an object or a boolean");
  const types = typesOf(node);

  if (types.includes("object")) {
    const extra = node.additionalProperties;
    if (extra === true)
      report(
        join(path, "additionalProperties"),
        "For 'object' type, 'additionalProperties: true' is not supported. Please set 'additionalProperties' to false",
      );
    else if (extra !== false)
      report(
        extra === undefined ? path : join(path, "additionalProperties"),
        "For 'object' type, 'additionalProperties' must be explicitly set to false",
      );
  }
  const numbers = NUMBER_KEYWORDS.filter((k) => k in node);
  if (numbers.length) report(path, unsupported(types.find((t) => t === "integer") ?? "number", numbers));
  const strings = STRING_KEYWORDS.filter((k) => k in node);
  if (strings.length) report(path, unsupported("string", strings));
  if ("minItems" in node && node.minItems !== 0 && node.minItems !== 1)
    report(join(path, "minItems"), "For 'array' type, 'minItems' values other than 0 or 1 are not supported");
  const arrays = ARRAY_KEYWORDS.filter((k) => k in node);
  if (arrays.length) report(path, unsupported("array", arrays));
  if (Array.isArray(node.enum) && node.enum.some((v) => typeof v === "object" && v !== null))
    report(
      join(path, "enum"),
      "enum values must be strings, numbers, booleans or null: complex types within enums are not supported",
    );
  if (typeof node.$ref === "string" && !node.$ref.startsWith("#"))
    report(join(path, "$ref"), `external $ref is not supported: '${node.$ref}'`);
  if (Array.isArray(node.allOf)) {
    node.allOf.forEach((entry, i) => {
      if (isJsonObject(entry) && "$ref" in entry) report(join(path, `allOf.${i}`), "allOf with $ref is not supported");
    });
  }

  if (Array.isArray(node.anyOf) || types.length > 1) facts.unionParameters++;
  if (isJsonObject(node.properties)) {
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    facts.optionalParameters += Object.keys(node.properties).filter((name) => !required.has(name)).length;
  }

  for (const key of SCHEMA_MAPS) {
    const map = node[key];
    if (isJsonObject(map))
      for (const [name, sub] of Object.entries(map)) walk(sub, join(path, `${key}.${name}`), facts, report);
  }
  for (const key of SCHEMA_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((sub, i) => walk(sub, join(path, `${key}.${i}`), facts, report));
  }
  for (const key of SCHEMA_ONES) {
    if (key === "additionalProperties" && !isJsonObject(node[key])) continue;
    if (node[key] !== undefined) walk(node[key], join(path, key), facts, report);
  }
}

/** Where a local `$ref` leads back into a schema it is inside of (a recursive schema), or undefined. */
function findRecursion(root: unknown): string | undefined {
  const resolve = (ref: string): unknown => {
    if (ref === "#") return root;
    if (!ref.startsWith("#/")) return undefined;
    return ref
      .slice(2)
      .split("/")
      .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>(
        (at, key) => (isJsonObject(at) ? at[key] : Array.isArray(at) ? at[Number(key)] : undefined),
        root,
      );
  };
  const refPath = (ref: string) => ref.replace(/^#\/?/, "").split("/").join(".");
  const expanding = new Set<unknown>();
  const done = new Set<unknown>();
  let found: string | undefined;
  const visit = (node: unknown, path: string): void => {
    if (found !== undefined || (!isJsonObject(node) && !Array.isArray(node))) return;
    if (isJsonObject(node) && typeof node.$ref === "string" && node.$ref.startsWith("#")) {
      const target = resolve(node.$ref);
      if (expanding.has(target)) {
        found = join(path, "$ref");
        return;
      }
      if (isJsonObject(target) && !done.has(target)) expand(target, refPath(node.$ref));
    }
    for (const [key, value] of Object.entries(node)) {
      // Definitions are checked where a $ref uses them, not where they are written.
      if (key === "$defs" || key === "definitions" || key === "enum" || key === "const" || key === "default") continue;
      visit(value, join(path, key));
    }
  };
  const expand = (node: Node, path: string) => {
    expanding.add(node);
    visit(node, path);
    expanding.delete(node);
    done.add(node);
  };
  if (isJsonObject(root)) expand(root, "");
  return found;
}
