// Ready tools to start from: each is a complete, valid tool definition.
export const TOOL_EXAMPLES: Record<string, Record<string, unknown>> = {
  get_weather: {
    name: "get_weather",
    description: "Get the current weather in a given city.",
    input_schema: {
      type: "object",
      properties: {
        location: { type: "string", description: "City and country, e.g. Paris, France" },
        unit: { type: "string", enum: ["celsius", "fahrenheit"], description: "Temperature unit" },
      },
      required: ["location"],
    },
  },
  calculator: {
    name: "calculator",
    description: "Evaluate an arithmetic expression and return the result.",
    input_schema: {
      type: "object",
      properties: { expression: { type: "string", description: "e.g. (2 + 3) * 4" } },
      required: ["expression"],
    },
  },
  search_docs: {
    name: "search_docs",
    description: "Search the documentation and return the most relevant passages.",
    input_schema: {
      type: "object",
      properties: {
        query: { type: "string", description: "What to look for" },
        max_results: { type: "integer", description: "How many passages to return (1-10)" },
      },
      required: ["query"],
    },
  },
};
