// Reading untrusted JSON (a request being edited, a stream's events): whether a value is an object with fields.

export type JsonObject = Record<string, unknown>;

/** An object with fields: not null, not an array. */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value when it is an object, else an empty one: for reading optional nested fields without a check at each step. */
export const asJsonObject = (value: unknown): JsonObject => (isJsonObject(value) ? value : {});
