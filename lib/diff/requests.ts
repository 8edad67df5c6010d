// Two requests compared: every field that differs, and where the second stops matching the prompt cache the first
// wrote (the split `prefixSplit` finds), tied to the field change that causes it.
import type { RequestBody } from "@/lib/messages/types";
import { findBreakpoints, type PrefixSplit, prefixSplit } from "@/lib/usage/cache-breakpoints";
import { type FieldChange, diffFields } from "./fields";

export interface RequestDiff {
  changes: FieldChange[];
  /** Where the cache prefixes part; null when one request's prefix is the other's. */
  split: PrefixSplit | null;
  /** The change the split sits at (an index into `changes`), or -1 when none stands for it (the images' count). */
  splitChange: number;
  /** How many cache breakpoints the first request sets. */
  breakpoints: number;
}

/** The change at the split's path, or under it, or at the nearest indexed path above it (`messages[0].role` for a
 * split at `messages[0].content[0]`, the role being part of that block's cache key). */
function changeAt(changes: FieldChange[], path: string): number {
  const within = (p: string, at: string) => p === at || p.startsWith(`${at}.`) || p.startsWith(`${at}[`);
  let at = path;
  for (;;) {
    const found = changes.findIndex((c) => within(c.path, at) || within(at, c.path));
    if (found >= 0) return found;
    const parent = at.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (parent === at || !parent.includes("[")) return -1;
    at = parent;
  }
}

export function diffRequests(before: RequestBody, after: RequestBody): RequestDiff {
  const changes = diffFields(before, after);
  const split = prefixSplit(before, after);
  return {
    changes,
    split,
    splitChange: split ? changeAt(changes, split.changedPath) : -1,
    breakpoints: findBreakpoints(before).length,
  };
}

const list = (paths: string[]) => paths.join(", ");

const BLOCK_CHANGE: Record<FieldChange["kind"], string> = {
  changed: "changed",
  added: "is only in the second",
  removed: "is only in the first",
};

/** The split in words, as the dialog states it. */
export function describeSplit(diff: RequestDiff): string {
  const { split } = diff;
  if (!split) return "The cache prefix holds: the two prompts match as far as the shorter goes.";
  const what =
    split.cause === "model"
      ? "the model changed (each model has its own cache)"
      : split.changedPath === "images"
        ? "the images in the prompt changed (the messages' cache depends on them)"
        : split.cause === "setting"
          ? `${split.changedPath} changed (the messages' cache depends on it; tools and system stay cached)`
          : `${split.changedPath} ${BLOCK_CHANGE[diff.changes[diff.splitChange]?.path === split.changedPath ? diff.changes[diff.splitChange].kind : "changed"]}`;
  if (!diff.breakpoints)
    return `The prompts part where ${what}; the first request sets no cache breakpoint, so no cache entry is lost.`;
  if (!split.brokenBreakpoints.length)
    return `The prompts part where ${what}, after every cache breakpoint: the cached prefix still matches.`;
  const n = split.brokenBreakpoints.length;
  return `The cache prefix breaks here: ${what}; ${n === 1 ? "the breakpoint from there on misses" : `the ${n} breakpoints from there on miss`}: ${list(split.brokenBreakpoints)}.`;
}
