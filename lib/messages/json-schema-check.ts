// A structural check of a tool's input_schema against JSON Schema draft 2020-12's own rules: keyword types,
// known `type` names, `required` naming strings. The API refuses a schema that does not compile; this finds
// the mistakes people make by hand, without shipping a full validator to the browser.
import { isJsonObject } from "./json-object";

const TYPES = new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
const SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const SCHEMA_LIST_KEYWORDS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_KEYWORDS = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"];
const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
const COUNT_KEYWORDS = ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"];

export interface SchemaProblem {
  path: string;
  message: string;
}

export function checkJsonSchema(schema: unknown, path = ""): SchemaProblem | undefined {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof schema === "boolean") return undefined;
  if (!isJsonObject(schema)) return { path, message: "a schema must be an object or a boolean" };
  const type = schema.type;
  const typeNames = Array.isArray(type) ? type : type === undefined ? [] : [type];
  for (const name of typeNames) {
    if (typeof name !== "string" || !TYPES.has(name))
      return { path: at("type"), message: `unknown type ${JSON.stringify(name)}` };
  }
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required) || schema.required.some((r) => typeof r !== "string")) {
      return { path: at("required"), message: "`required` must be an array of strings" };
    }
  }
  if (schema.enum !== undefined && !Array.isArray(schema.enum))
    return { path: at("enum"), message: "`enum` must be an array" };
  for (const key of NUMBER_KEYWORDS) {
    if (schema[key] !== undefined && typeof schema[key] !== "number")
      return { path: at(key), message: `\`${key}\` must be a number` };
  }
  if (typeof schema.multipleOf === "number" && schema.multipleOf <= 0)
    return { path: at("multipleOf"), message: "`multipleOf` must be > 0" };
  for (const key of COUNT_KEYWORDS) {
    const value = schema[key];
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0)) {
      return { path: at(key), message: `\`${key}\` must be a non-negative integer` };
    }
  }
  if (schema.pattern !== undefined) {
    try {
      new RegExp(String(schema.pattern), "u");
    } catch {
      return { path: at("pattern"), message: "`pattern` is not a valid regular expression" };
    }
  }
  for (const key of SCHEMA_MAP_KEYWORDS) {
    const map = schema[key];
    if (map === undefined) continue;
    if (!isJsonObject(map)) return { path: at(key), message: `\`${key}\` must be an object of schemas` };
    for (const [name, sub] of Object.entries(map)) {
      const problem = checkJsonSchema(sub, at(`${key}.${name}`));
      if (problem) return problem;
    }
  }
  for (const key of SCHEMA_LIST_KEYWORDS) {
    const list = schema[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0)
      return { path: at(key), message: `\`${key}\` must be a non-empty array of schemas` };
    for (const [i, sub] of list.entries()) {
      const problem = checkJsonSchema(sub, at(`${key}.${i}`));
      if (problem) return problem;
    }
  }
  for (const key of SCHEMA_KEYWORDS) {
    if (schema[key] === undefined) continue;
    const problem = checkJsonSchema(schema[key], at(key));
    if (problem) return problem;
  }
  return undefined;
}
