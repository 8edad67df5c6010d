// Two JSON values compared field by field: each difference with its path (`messages[2].content[0].text`), so a
// reader sees which field changed rather than two walls of JSON. Arrays compare by position, as the API reads them
// (the prompt cache, too, matches blocks by position).
import { isJsonObject } from "@/lib/messages/json-object";

export type FieldChangeKind = "added" | "removed" | "changed";

export interface FieldChange {
  /** Where, as a JSON path from the root: `model`, `tools[0].name`, `input.city`; "" for the root itself. */
  path: string;
  kind: FieldChangeKind;
  /** The first value's field (absent when added). */
  before?: unknown;
  /** The second value's field (absent when removed). */
  after?: unknown;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `parent.key`, or `parent["a key"]` for a key that is not a plain name. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    return (
      keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => sameJson(a[k], b[k]))
    );
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

function walk(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (sameJson(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const at = childPath(path, i);
      if (i >= after.length) out.push({ path: at, kind: "removed", before: before[i] });
      else if (i >= before.length) out.push({ path: at, kind: "added", after: after[i] });
      else walk(before[i], after[i], at, out);
    }
    return;
  }
  if (isJsonObject(before) && isJsonObject(after)) {
    // The first value's order, then the fields only the second has: a reader finds fields where they were.
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      const at = childPath(path, key);
      const had = before[key] !== undefined;
      const has = after[key] !== undefined;
      if (had && !has) out.push({ path: at, kind: "removed", before: before[key] });
      else if (!had && has) out.push({ path: at, kind: "added", after: after[key] });
      else if (had && has) walk(before[key], after[key], at, out);
    }
    return;
  }
  out.push({ path, kind: "changed", before, after });
}

/** Every field where `after` differs from `before`, in the order a reader meets them; empty when they are equal. */
export function diffFields(before: unknown, after: unknown, path = ""): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, path, out);
  return out;
}

/** The value as JSON text when it is an object or an array (a structured output); undefined for anything else. */
export function parseJsonDocument(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}
