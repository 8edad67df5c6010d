"use client";

import { validateRequest, type ValidationIssue } from "@/lib/messages/validate-request";
import type { RequestBody } from "@/lib/messages/types";
import { modelLookup, type ModelLookup } from "@/lib/models/lookup";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { useModelLookup } from "../hooks/use-model-lookup";
import { imageIssues } from "./image-input";
import type { IssueTarget } from "./reveal-issue";

// One validation per request object and upstream profile, shared by every field that shows its issues and by Run.
let cached: { request: RequestBody; models: ModelLookup; issues: ValidationIssue[] } | null = null;

/** The request's issues against the models as the upstream serves them (the catalogue, with the server's upstream
 * profile laid over it). */
export function issuesOf(
  request: RequestBody,
  models: ModelLookup = modelLookup(usePlaygroundStore.getState().profile),
): ValidationIssue[] {
  if (cached?.request === request && cached.models === models) return cached.issues;
  let issues: ValidationIssue[];
  try {
    // A model outside the catalogue, or a part newer than this code (a role), is the upstream's to judge: the panel
    // checks only what holds for every model and what it knows, instead of refusing to send.
    issues = [
      ...validateRequest(request, { unknownModel: "lenient", unknownParts: "keep", models }),
      ...imageIssues(request),
    ];
  } catch (error) {
    // A rule that throws must not take the editor down with it.
    issues = [
      { path: "", message: `Validation failed: ${(error as Error).message}`, errorType: "invalid_request_error" },
    ];
  }
  cached = { request, models, issues };
  return issues;
}

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
