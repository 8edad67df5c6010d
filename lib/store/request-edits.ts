// Pure, immutable edits of the request body. Unknown fields are never touched: every edit copies
// only the objects on its path, so whatever the user typed elsewhere reaches the API unchanged.
import type { RequestBody } from "@/lib/messages/types";
import { isJsonObject } from "@/lib/messages/json-object";

export type Path = readonly (string | number)[];
type Json = Record<string, unknown> | unknown[];

/**
 * Sets the value at `path`; `undefined` removes the key, and an object the removal leaves empty is removed
 * too (clearing `effort` removes `output_config`), so unset parameters are left out of the request.
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const node = (root ?? (typeof key === "number" ? [] : {})) as Json;
  const child = (node as Record<string | number, unknown>)[key];
  if (rest.length > 0 && child === undefined && value === undefined) return root;
  let next = rest.length === 0 ? value : setIn(child, rest, value);
  if (rest.length > 0 && isJsonObject(next) && Object.keys(next).length === 0 && value === undefined) next = undefined;
  if (Array.isArray(node)) {
    const copy = [...node];
    if (next === undefined) copy.splice(key as number, 1);
    else copy[key as number] = next;
    return copy as T;
  }
  const copy = { ...node } as Record<string, unknown>;
  if (next === undefined) delete copy[key as string];
  else copy[key as string] = next;
  return copy as T;
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

export function duplicateItem<T>(items: readonly T[], index: number): T[] {
  const copy = [...items];
  copy.splice(index + 1, 0, structuredClone(items[index]));
  return copy;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** Adds or removes `cache_control: {type: "ephemeral"}` on a block. */
export function toggleCache(block: Record<string, unknown>, on: boolean): Record<string, unknown> {
  const copy = { ...block };
  if (on) copy.cache_control = { type: "ephemeral" };
  else delete copy.cache_control;
  return copy;
}

export interface ModelLimits {
  maxOutput?: number;
}

/** Switching model: what no longer fits is clamped when there is one right answer (max_tokens). */
export function clampToModel(request: RequestBody, limits: ModelLimits): RequestBody {
  if (limits.maxOutput !== undefined && request.max_tokens > limits.maxOutput) {
    return { ...request, max_tokens: limits.maxOutput };
  }
  return request;
}

/** The smallest thinking budget the API accepts. */
export const MIN_THINKING_BUDGET = 1024;

/**
 * Turns on thinking with a manual budget: the budget kept from before when it fits, else the smallest. The API
 * refuses max_tokens at or below the budget, and the default max_tokens is the smallest budget, so max_tokens
 * grows (to twice the budget, within the model's output) rather than leave a request that Run refuses.
 */
export function withManualThinking(request: RequestBody, limits: ModelLimits): RequestBody {
  const { budget_tokens: previous, display } = (request.thinking ?? {}) as {
    budget_tokens?: unknown;
    display?: unknown;
  };
  const wanted = typeof previous === "number" ? previous : MIN_THINKING_BUDGET;
  const budget = Math.max(MIN_THINKING_BUDGET, Math.min(wanted, request.max_tokens - 1));
  const maxTokens =
    request.max_tokens > budget ? request.max_tokens : Math.min(limits.maxOutput ?? Infinity, budget * 2);
  const thinking = { type: "enabled", budget_tokens: budget, ...(display === undefined ? {} : { display }) };
  return { ...request, max_tokens: maxTokens, thinking };
}
