// The JSON Schemas given to Monaco, generated from the same zod schemas the app validates with,
// so completion, hover and diagnostics never disagree with the validation.
import { z } from "zod";
import { MessageRequestSchema } from "./request-schema";

type JsonSchema = Record<string, unknown>;

/** zod writes ±2^53 bounds on every integer: noise in hover text, so they go. */
function dropSafeIntegerBounds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropSafeIntegerBounds);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === "minimum" || key === "maximum") && Math.abs(value as number) === Number.MAX_SAFE_INTEGER) continue;
    out[key] = dropSafeIntegerBounds(value);
  }
  return out;
}

function toSchema(schema: z.ZodType): JsonSchema {
  // draft-7: the dialect Monaco's JSON worker knows best; "any" for what JSON Schema cannot say.
  const generated = z.toJSONSchema(schema, { target: "draft-7", io: "input", unrepresentable: "any" }) as JsonSchema;
  const { $schema: _ignored, ...rest } = dropSafeIntegerBounds(generated) as JsonSchema;
  void _ignored;
  return rest;
}

export function requestJsonSchema(): JsonSchema {
  return toSchema(MessageRequestSchema);
}

const PropertySchema = z.looseObject({
  type: z
    .enum(["string", "number", "integer", "boolean", "object", "array", "null"])
    .optional()
    .describe("The JSON type of this property."),
  description: z.string().optional().describe("What this property means: the model reads it."),
  enum: z.array(z.unknown()).optional().describe("The only values allowed."),
  additionalProperties: z
    .unknown()
    .optional()
    .describe("For structured outputs (a strict tool, a response format): false on every object."),
});

/** A tool's `input_schema`: a JSON Schema whose type is object. */
export const ToolInputSchemaSchema = z.looseObject({
  type: z.literal("object").describe('A tool\'s input is always an object: "object".'),
  properties: z.record(z.string(), PropertySchema).optional().describe("The input's properties, by name."),
  required: z.array(z.string()).optional().describe("Names of the properties the model must always give."),
});

export function toolInputJsonSchema(): JsonSchema {
  return toSchema(ToolInputSchemaSchema);
}

/** `output_config.format.schema`: the reply's JSON Schema, in the structured-outputs subset. */
export const ResponseFormatSchemaSchema = z.looseObject({
  type: PropertySchema.shape.type.describe("The reply's JSON type: an object in most uses."),
  properties: z.record(z.string(), PropertySchema).optional().describe("The reply's properties, by name."),
  required: z.array(z.string()).optional().describe("Properties always present; the others are optional."),
  additionalProperties: z
    .literal(false)
    .optional()
    .describe("Must be false on every object: structured outputs refuse any other value, and its absence."),
});

export function responseFormatJsonSchema(): JsonSchema {
  return toSchema(ResponseFormatSchemaSchema);
}
