// The issues that keep a request from being sent, as the panel shows them and Run obeys them: validation against the
// models as the upstream serves them (the catalogue, with the server's upstream profile laid over it). A model outside
// the catalogue, or a part newer than this code (a role), is the upstream's to judge: only what holds for every model
// and what this code knows is checked, instead of refusing to send.
import { validateRequest, type ValidationIssue } from "@/lib/messages/validation/validate-request";
import type { RequestBody } from "@/lib/messages/types";
import type { ModelLookup } from "@/lib/models/lookup";

// One validation per request object and lookup, shared by every field that shows its issues and by Run (which checks
// every variant's request on each render: one slot per request).
const cached = new WeakMap<RequestBody, { models: ModelLookup; issues: ValidationIssue[] }>();

export function issuesOf(request: RequestBody, models: ModelLookup): ValidationIssue[] {
  const kept = cached.get(request);
  if (kept?.models === models) return kept.issues;
  let issues: ValidationIssue[];
  try {
    issues = validateRequest(request, { unknownModel: "lenient", unknownParts: "keep", models });
  } catch (error) {
    // A rule that throws must not take the editor down with it.
    issues = [
      { path: "", message: `Validation failed: ${(error as Error).message}`, errorType: "invalid_request_error" },
    ];
  }
  cached.set(request, { models, issues });
  return issues;
}
