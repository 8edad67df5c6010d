// Test cases: rows of values for the request's {{variables}}, one column per variable. Imported from CSV (or the
// tab-separated text a spreadsheet copies) or JSON Lines, exported as either. Import is all-or-nothing: a bad line
// and nothing is imported, with a message that names it.
import { toCsv } from "@/lib/usage/csv";
import { guessDelimiter, parseDelimited } from "./delimited";

export interface TestCase {
  id: string;
  values: Record<string, string>;
}

/** A grid of cases × variants × repeats runs every call: past this many cases the grid is no place to read them. */
export const MAX_TEST_CASES = 500;

export interface CaseTable {
  /** The columns in order: the file's header, or the keys in the order they first appear. */
  columns: string[];
  rows: Record<string, string>[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): Parsed<never> => ({ ok: false, message: `${message} Nothing was imported.` });

/** Our CSV export keeps a value that a spreadsheet would run as a formula as text with a leading quote (csv.ts);
 * reading it back takes that quote off. */
const unquoteFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

export type CaseFormat = "csv" | "jsonl";

/** JSON Lines when the text starts with `{` (or is a JSON array of objects), else CSV or tab-separated text. */
export function guessFormat(text: string): CaseFormat {
  return /^\s*[{[]/.test(text) ? "jsonl" : "csv";
}

export function parseCases(text: string, format: CaseFormat = guessFormat(text)): Parsed<CaseTable> {
  if (text.trim() === "") return fail("The text is empty.");
  const parsed = format === "jsonl" ? parseJsonLines(text) : parseCsv(text);
  if (parsed.ok && parsed.value.rows.length > MAX_TEST_CASES)
    return fail(`There are ${parsed.value.rows.length} test cases; at most ${MAX_TEST_CASES} fit in the grid.`);
  if (parsed.ok && parsed.value.rows.length === 0) return fail("There are no test cases under the header.");
  return parsed;
}

function parseCsv(text: string): Parsed<CaseTable> {
  const records = parseDelimited(text, guessDelimiter(text)).filter((r) => !(r.length === 1 && r[0].trim() === ""));
  if (records.length === 0) return fail("The text holds no rows.");
  const columns = records[0].map((name) => name.trim());
  const blank = columns.indexOf("");
  if (blank >= 0) return fail(`Column ${blank + 1} of the header has no name.`);
  const twice = columns.find((name, i) => columns.indexOf(name) !== i);
  if (twice) return fail(`The header names “${twice}” twice.`);
  const rows: Record<string, string>[] = [];
  for (const [index, record] of records.slice(1).entries()) {
    if (record.length > columns.length)
      return fail(`Row ${index + 2} has ${record.length} fields, the header ${columns.length}.`);
    rows.push(Object.fromEntries(columns.map((name, i) => [name, unquoteFormula(record[i] ?? "")])));
  }
  return { ok: true, value: { columns, rows } };
}

/** A JSON value as a variable's text: strings as they are, other values as their JSON. */
const asText = (value: unknown) =>
  typeof value === "string" ? value : value === null || value === undefined ? "" : JSON.stringify(value);

function parseJsonLines(text: string): Parsed<CaseTable> {
  let objects: unknown[];
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    try {
      objects = JSON.parse(trimmed);
    } catch (error) {
      return fail(`The JSON array does not parse (${(error as Error).message}).`);
    }
  } else {
    objects = [];
    for (const [index, line] of text.split(/\r?\n/).entries()) {
      if (line.trim() === "") continue;
      try {
        objects.push(JSON.parse(line));
      } catch (error) {
        return fail(`Line ${index + 1} is not JSON (${(error as Error).message}).`);
      }
    }
  }
  const columns: string[] = [];
  const rows: Record<string, string>[] = [];
  for (const [index, object] of objects.entries()) {
    if (!object || typeof object !== "object" || Array.isArray(object))
      return fail(`Entry ${index + 1} is not an object of values.`);
    const row: Record<string, string> = {};
    for (const [key, value] of Object.entries(object)) {
      if (!columns.includes(key)) columns.push(key);
      row[key] = asText(value);
    }
    rows.push(row);
  }
  return { ok: true, value: { columns, rows: rows.map((row) => fill(columns, row)) } };
}

const fill = (columns: string[], row: Record<string, string>) =>
  Object.fromEntries(columns.map((name) => [name, row[name] ?? ""]));

export function casesToCsv(table: CaseTable): string {
  return toCsv(
    table.columns,
    table.rows.map((row) => table.columns.map((name) => row[name] ?? "")),
  );
}

export function casesToJsonLines(table: CaseTable): string {
  return table.rows.map((row) => `${JSON.stringify(fill(table.columns, row))}\n`).join("");
}
