"use client";

import type { ValidationIssue } from "@/lib/messages/validation/validate-request";
import type { RequestBody } from "@/lib/messages/types";
import { issuesOf } from "@/lib/run/request-issues";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { useModelLookup } from "../hooks/use-model-lookup";
import type { IssueTarget } from "./reveal-issue";

export function useIssues(): ValidationIssue[] {
  return issuesOf(
    usePlaygroundStore((s) => s.request),
    useModelLookup(),
  );
}

/** Issues on `path` itself or inside it (`messages.0` gets `messages.0.content.1`). */
export function useFieldIssues(path: string): ValidationIssue[] {
  return useIssues().filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
}

/** A message left empty is not written yet rather than wrong (a fresh page, a message just added): Run says what
 * to write, without an error's red, and the empty box itself, with its placeholder, needs no message under it.
 * Returns that message's index, or undefined when the issue is anything else. */
export function unwrittenMessage(issue: ValidationIssue, request: RequestBody): number | undefined {
  const match = /^messages\.(\d+)\.content$/.exec(issue.path);
  if (!match) return undefined;
  const index = Number(match[1]);
  const content = (request.messages[index] as { content?: unknown } | undefined)?.content;
  return content === "" || (Array.isArray(content) && content.length === 0) ? index : undefined;
}

export interface RunBlocker {
  reason: string;
  /** A step still to take (write a message), not a mistake to fix. */
  hint: boolean;
  /** What the reason is about, to bring into view. */
  target: IssueTarget;
}

/** Why Run is refused, or undefined when the request may be sent. */
export function useRunBlocker(): RunBlocker | undefined {
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  const request = usePlaygroundStore((s) => s.request);
  const issues = issuesOf(request, useModelLookup());
  if (jsonError) return { reason: "The request JSON is invalid", hint: false, target: { json: true } };
  const first = issues[0];
  if (!first) return undefined;
  const unwritten = unwrittenMessage(first, request);
  if (unwritten !== undefined)
    return { reason: `Write message ${unwritten + 1} to run`, hint: true, target: { path: first.path } };
  return { reason: first.message, hint: false, target: { path: first.path } };
}
