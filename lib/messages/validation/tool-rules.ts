// Rules on tools and tool_choice: names, unique names, input_schema as JSON Schema, a tool_choice that names a tool.
import { checkJsonSchema } from "../json-schema-check";
import { invalid, type Rule, type ValidationIssue } from "./types";

const TOOL_NAME = /^[a-zA-Z0-9_-]{1,128}$/;
const SCHEMA_MESSAGE =
  "JSON schema is invalid. It must match JSON Schema draft 2020-12 (https://json-schema.org/draft/2020-12). Learn more about tool use at https://docs.claude.com/en/docs/tool-use.";

export const toolRules: Rule[] = [
  {
    id: "tools-supported",
    check: ({ request, model }) =>
      request.tools?.length && !model.tools ? invalid("tools", `${model.id} does not support tool use.`) : undefined,
  },
  {
    id: "tool-name-pattern",
    check: ({ request }) => {
      const issues: ValidationIssue[] = [];
      request.tools?.forEach((tool, i) => {
        if (!TOOL_NAME.test(tool.name)) {
          issues.push(
            invalid(`tools.${i}.name`, `tools.${i}.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'`),
          );
        }
      });
      return issues;
    },
  },
  {
    id: "tool-names-unique",
    check: ({ request }) => {
      const seen = new Set<string>();
      for (const [i, tool] of (request.tools ?? []).entries()) {
        if (seen.has(tool.name)) return invalid(`tools.${i}.name`, "tools: Tool names must be unique.");
        seen.add(tool.name);
      }
      return undefined;
    },
  },
  {
    id: "tool-input-schema",
    check: ({ request }) => {
      const issues: ValidationIssue[] = [];
      request.tools?.forEach((tool, i) => {
        if (tool.input_schema.type !== "object") {
          issues.push(
            invalid(`tools.${i}.input_schema.type`, `tools.${i}.custom.input_schema.type: Input should be 'object'`),
          );
          return;
        }
        const problem = checkJsonSchema(tool.input_schema);
        if (problem) {
          issues.push(
            invalid(
              `tools.${i}.input_schema${problem.path ? `.${problem.path}` : ""}`,
              `tools.${i}.custom.input_schema: ${SCHEMA_MESSAGE} (${problem.message})`,
            ),
          );
        }
      });
      return issues;
    },
  },
  {
    id: "tool-choice-needs-tools",
    check: ({ request }) => {
      const type = request.tool_choice?.type;
      if ((type === "any" || type === "tool") && !request.tools?.length) {
        return invalid("tool_choice", "tool_choice: tool_choice may only be specified while providing tools.");
      }
      return undefined;
    },
  },
  {
    id: "tool-choice-names-a-tool",
    check: ({ request }) => {
      const choice = request.tool_choice;
      if (choice?.type !== "tool" || !request.tools?.length) return undefined;
      const name = (choice as { name: string }).name;
      return request.tools.some((t) => t.name === name)
        ? undefined
        : invalid("tool_choice.name", `tool_choice.name: Tool '${name}' not found in provided tools`);
    },
  },
];
