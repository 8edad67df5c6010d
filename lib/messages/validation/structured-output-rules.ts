// Rules of structured outputs: output_config.format (the reply is JSON valid against a schema) and tools with
// strict: true (inputs valid against input_schema). Source: https://platform.claude.com/docs/en/build-with-claude/structured-outputs
// (JSON Schema limitations, schema complexity limits, feature compatibility). count_tokens counts "without compilation":
// the schema is compiled, and so refused, only when a message is asked for, so these rules hold for /v1/messages only.
import { isJsonObject } from "../json-object";
import { checkJsonSchema } from "../json-schema-check";
import type { MessageRequest } from "../request-schema";
import { checkStructuredSchema } from "../structured-schema-check";
import { invalid, type Rule, type ValidationIssue } from "./types";

/** The documented "Explicit limits", a combined total across all strict schemas in a single request. */
export const STRUCTURED_LIMITS = { strictTools: 20, optionalParameters: 24, unionParameters: 16 };

interface StrictSchema {
  /** Where the schema sits in the request (`output_config.format.schema`, `tools.2.input_schema`). */
  path: string;
  /** How the API names it in a message. */
  label: string;
  schema: unknown;
}

/** The format's schema, then each strict tool's input schema: every schema the API compiles into a grammar. */
export function strictSchemas(request: MessageRequest): StrictSchema[] {
  const schemas: StrictSchema[] = [];
  const format = request.output_config?.format;
  if (format)
    schemas.push({ path: "output_config.format.schema", label: "output_config.format.schema", schema: format.schema });
  request.tools?.forEach((tool, i) => {
    if (tool.strict === true && isJsonObject(tool.input_schema))
      schemas.push({
        path: `tools.${i}.input_schema`,
        label: `tools.${i}.custom.input_schema`,
        schema: tool.input_schema,
      });
  });
  return schemas;
}

const where = (path: string) => (path ? ` (at ${path})` : "");

export const structuredOutputRules: Rule[] = [
  {
    // A format schema that is not JSON Schema at all; a tool's is checked by tool-input-schema.
    id: "output-format-schema-valid",
    endpoints: ["messages"],
    check: ({ request }) => {
      const schema = request.output_config?.format?.schema;
      const problem = schema === undefined ? undefined : checkJsonSchema(schema);
      if (!problem) return undefined;
      const path = `output_config.format.schema${problem.path ? `.${problem.path}` : ""}`;
      return invalid(path, `output_config.format.schema: Invalid schema: ${problem.message}${where(problem.path)}`);
    },
  },
  {
    id: "structured-schema-subset",
    endpoints: ["messages"],
    check: ({ request }) =>
      strictSchemas(request).flatMap(({ path, label, schema }) =>
        checkStructuredSchema(schema).problems.map((problem) =>
          invalid(
            problem.path ? `${path}.${problem.path}` : path,
            `${label}: ${problem.message}${where(problem.path)}`,
          ),
        ),
      ),
  },
  {
    id: "strict-tools-limit",
    endpoints: ["messages"],
    check: ({ request }) => {
      const strict = (request.tools ?? []).flatMap((tool, i) => (tool.strict === true ? [i] : []));
      if (strict.length <= STRUCTURED_LIMITS.strictTools) return undefined;
      return invalid(
        `tools.${strict[STRUCTURED_LIMITS.strictTools]}.strict`,
        `tools: Too many strict tools (${strict.length}): at most ${STRUCTURED_LIMITS.strictTools} tools may have strict: true in one request`,
      );
    },
  },
  {
    id: "structured-schema-complexity",
    endpoints: ["messages"],
    check: ({ request }) => {
      const issues: ValidationIssue[] = [];
      let optional = 0;
      let unions = 0;
      let optionalAt: string | undefined;
      let unionsAt: string | undefined;
      for (const { path, schema } of strictSchemas(request)) {
        const facts = checkStructuredSchema(schema);
        optional += facts.optionalParameters;
        unions += facts.unionParameters;
        // The issue goes on the schema that takes the total over the limit.
        if (optional > STRUCTURED_LIMITS.optionalParameters) optionalAt ??= path;
        if (unions > STRUCTURED_LIMITS.unionParameters) unionsAt ??= path;
      }
      if (unionsAt)
        issues.push(
          invalid(
            unionsAt,
            `Schemas contains too many parameters with union types (${unions} parameters with type arrays or anyOf) which exceeds the limit: ${STRUCTURED_LIMITS.unionParameters}`,
          ),
        );
      if (optionalAt)
        issues.push(
          invalid(
            optionalAt,
            `Schemas contains too many optional parameters (${optional} parameters not listed in required) which exceeds the limit: ${STRUCTURED_LIMITS.optionalParameters}`,
          ),
        );
      return issues;
    },
  },
  {
    // "Citations require interleaving citation blocks with text, which conflicts with strict JSON schema constraints.
    // Returns 400 error if citations enabled with output_config.format." The API's wording is not documented.
    id: "output-format-no-citations",
    endpoints: ["messages"],
    check: ({ request }) => {
      if (!request.output_config?.format) return undefined;
      for (const [i, message] of request.messages.entries()) {
        if (!Array.isArray(message.content)) continue;
        for (const [j, block] of message.content.entries()) {
          if (block.type === "document" && (block.citations as { enabled?: unknown } | undefined)?.enabled === true) {
            return invalid(
              `messages.${i}.content.${j}.citations`,
              `messages.${i}.content.${j}.citations: citations cannot be enabled together with output_config.format (structured outputs)`,
            );
          }
        }
      }
      return undefined;
    },
  },
];
