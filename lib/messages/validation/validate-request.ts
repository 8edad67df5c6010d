// Model-aware validation of a Messages request: the same rules in the simulator (which answers with the
// first issue as the API's error) and in the panel (which shows each message on the field at fault).
// Every rule reads the model catalogue (lib/models); none names a model in code. Rules live in ./validation.
import type { z } from "zod";
import { unknownModel } from "@/lib/models";
import { CATALOGUE_LOOKUP, type ModelLookup } from "@/lib/models/lookup";
import { countRequestTokens } from "../token-count";
import { CountTokensRequestSchema, issuePath, MessageRequestSchema, type MessageRequest } from "../request-schema";
import { RULES, type Endpoint, type ValidationIssue } from ".";

export type { ValidationIssue } from ".";

export interface ValidateOptions {
  /** count_tokens takes no max_tokens and ignores output-side rules. */
  endpoint?: Endpoint;
  /** A model outside the catalogue: `not_found` answers as the API does (the simulator); `lenient` checks the rules
   * every model shares and leaves the model's own limits to the upstream, which may know it (the panel). */
  unknownModel?: "not_found" | "lenient";
  /** What is newer than this code (a role it does not know): `refuse` answers as the API of its version does (the
   * simulator); `keep` lets it through to the upstream, which is the authority on it (the panel). */
  unknownParts?: "refuse" | "keep";
  /** The models as the upstream serves them (the catalogue with an upstream profile laid over it); the catalogue
   * alone by default. */
  models?: ModelLookup;
}

/** Returns every issue found, first the one the real API would report. Empty means valid. */
export function validateRequest(body: unknown, options: ValidateOptions = {}): ValidationIssue[] {
  const endpoint = options.endpoint ?? "messages";
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return [{ path: "", message: "The request body must be a JSON object.", errorType: "invalid_request_error" }];
  }
  const schema = endpoint === "count_tokens" ? CountTokensRequestSchema : MessageRequestSchema;
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((issue) => schemaIssue(issue, body));
  const request = parsed.data as MessageRequest;
  const known = (options.models ?? CATALOGUE_LOOKUP).find(request.model);
  if (!known && options.unknownModel !== "lenient")
    return [{ path: "model", message: `model: ${request.model}`, errorType: "not_found_error" }];
  const model = known ?? unknownModel(request.model);

  const thinkingType = request.thinking?.type;
  let counted: number | undefined;
  const ctx = {
    request,
    model,
    endpoint,
    refuseUnknown: options.unknownParts !== "keep",
    thinkingOn: thinkingType === "enabled" || thinkingType === "adaptive" || model.thinkingAlwaysOn,
    inputTokens: () => (counted ??= countRequestTokens(request)),
  };
  const issues: ValidationIssue[] = [];
  for (const rule of RULES) {
    if (rule.endpoints && !rule.endpoints.includes(endpoint)) continue;
    const found = rule.check(ctx);
    if (Array.isArray(found)) issues.push(...found);
    else if (found) issues.push(found);
  }
  return issues;
}

/** A zod issue in the API's words (`max_tokens: Field required`, `temperature: Input should be a valid number`). */
function schemaIssue(issue: z.core.$ZodIssue, body: object): ValidationIssue {
  const path = issuePath(issue.path);
  let text = issue.message;
  if (issue.code === "invalid_type") {
    text =
      valueAt(body, issue.path) === undefined
        ? "Field required"
        : `Input should be a valid ${typeName(issue.expected)}`;
  } else if (issue.code === "invalid_value") {
    text = `Input should be ${issue.values.map((v) => `'${String(v)}'`).join(" or ")}`;
  } else if (issue.code === "invalid_union") {
    const last = String(issue.path.at(-1) ?? "");
    if (issue.discriminator) {
      const tags =
        "options" in issue && issue.options?.length ? `: ${issue.options.map((o) => `'${String(o)}'`).join(", ")}` : "";
      text = `Input tag '${String(valueAt(body, issue.path))}' found using '${issue.discriminator}' does not match any of the expected tags${tags}`;
    } else if (last === "content" || last === "system") {
      text = "Input should be a valid string or a valid list of content blocks";
    } else {
      text = "Input does not match any of the accepted shapes";
    }
  }
  return { path, message: path ? `${path}: ${text}` : text, errorType: "invalid_request_error" };
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    number: "number",
    int: "integer",
    string: "string",
    boolean: "boolean",
    array: "list",
    object: "dictionary",
  };
  return names[expected] ?? expected;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (at, key) => (typeof at === "object" && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}
