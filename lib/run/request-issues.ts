// The issues that keep a request from being sent, as the panel shows them and Run obeys them: validation against the
// models as the upstream serves them (the catalogue, with the server's upstream profile laid over it). A model outside
// the catalogue, or a part newer than this code (a role), is the upstream's to judge: only what holds for every model
// and what this code knows is checked, instead of refusing to send.
//
// The validator (the request's schema and every rule) loads after the page is usable: it is not needed to draw the
// page, only to judge an edit or a Run, and Run waits for it (runs.ts). It is asked for once the page is usable
// (whenUsable), so that it does not compete with what makes Run work. Until it is here, a request shows only the one
// issue a new page has (a message not written yet, found without it), and the views that show issues are told when
// it arrives (onValidatorReady).
import { emptyMessageIssue } from "@/lib/messages/validation/empty-message";
import type { ValidationIssue } from "@/lib/messages/validation/validate-request";
import { whenUsable } from "@/lib/scheduling/when-usable";
import type { RequestBody } from "@/lib/messages/types";
import type { ModelLookup } from "@/lib/models/lookup";

type Validate = typeof import("@/lib/messages/validation/validate-request").validateRequest;

let validate: Validate | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** Loads the validator once; resolves when issuesOf judges requests. */
export function loadValidator(): Promise<void> {
  loading ??= import("@/lib/messages/validation/validate-request").then((module) => {
    validate = module.validateRequest;
    for (const listener of listeners) listener();
  });
  return loading;
}

export const validatorReady = (): boolean => validate !== undefined;

/** Calls `listener` once the validator has loaded; returns the unsubscribe. */
export function onValidatorReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// One validation per request object and lookup, shared by every field that shows its issues and by Run (which checks
// every variant's request on each render: one slot per request).
const cached = new WeakMap<RequestBody, { models: ModelLookup; issues: ValidationIssue[] }>();

export function issuesOf(request: RequestBody, models: ModelLookup): ValidationIssue[] {
  const kept = cached.get(request);
  if (kept?.models === models) return kept.issues;
  if (!validate) {
    void whenUsable().then(loadValidator);
    const unwritten = emptyMessageIssue(request);
    return unwritten ? [unwritten] : [];
  }
  let issues: ValidationIssue[];
  try {
    issues = validate(request, { unknownModel: "lenient", unknownParts: "keep", models });
  } catch (error) {
    // A rule that throws must not take the editor down with it.
    issues = [
      { path: "", message: `Validation failed: ${(error as Error).message}`, errorType: "invalid_request_error" },
    ];
  }
  cached.set(request, { models, issues });
  return issues;
}
