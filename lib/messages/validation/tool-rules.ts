// Rules on tools and tool_choice: a custom tool's name and input_schema (JSON Schema of an object), unique names, a
// tool_choice that names a tool. A server or Anthropic-defined tool (any other `type`) is the API's to judge: the
// playground passes every type as written, known or not (a toolset has no name at all).
import { checkJsonSchema } from "../json-schema-check";
import { isCustomTool, serverToolOf } from "../server-tools";
import type { MessageRequest } from "../request-schema";
import { invalid, type Rule, type ValidationIssue } from "./types";

type Tool = NonNullable<MessageRequest["tools"]>[number];

const customTools = (tools: Tool[] | undefined) =>
  (tools ?? []).map((tool, index) => ({ tool, index })).filter(({ tool }) => isCustomTool(tool));

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
    id: "custom-tool-fields",
    check: ({ request }) => {
      const issues: ValidationIssue[] = [];
      for (const { tool, index: i } of customTools(request.tools)) {
        for (const field of ["name", "input_schema"] as const) {
          if (tool[field] === undefined)
            issues.push(invalid(`tools.${i}.${field}`, `tools.${i}.custom.${field}: Field required`));
        }
      }
      return issues;
    },
  },
  {
    id: "tool-name-pattern",
    check: ({ request }) => {
      const issues: ValidationIssue[] = [];
      customTools(request.tools).forEach(({ tool, index: i }) => {
        if (tool.name !== undefined && !TOOL_NAME.test(tool.name)) {
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
        if (typeof tool.name !== "string") continue; // a toolset has no name
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
      for (const { tool, index: i } of customTools(request.tools)) {
        if (!tool.input_schema) continue; // custom-tool-fields says it is missing
        if (tool.input_schema.type !== "object") {
          issues.push(
            invalid(`tools.${i}.input_schema.type`, `tools.${i}.custom.input_schema.type: Input should be 'object'`),
          );
          continue;
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
      }
      return issues;
    },
  },
  {
    // The web search guide: allowed_domains and blocked_domains cannot be used in the same request.
    id: "web-search-domains-exclusive",
    check: ({ request }) => {
      const issues: ValidationIssue[] = [];
      request.tools?.forEach((tool, i) => {
        const t = tool as Record<string, unknown>;
        if (serverToolOf(tool.type)?.kind === "web_search" && t.allowed_domains && t.blocked_domains)
          issues.push(
            invalid(
              `tools.${i}.blocked_domains`,
              `tools.${i}: allowed_domains and blocked_domains cannot be used together; keep one of them.`,
            ),
          );
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
