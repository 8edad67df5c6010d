import { describe, expect, it } from "vitest";
import { describedExample, generateToolInput, salientWords } from "./tool-input";

const WEATHER = {
  type: "object",
  properties: {
    location: { type: "string", description: "City and country, e.g. Paris, France" },
    unit: { type: "string", enum: ["celsius", "fahrenheit"], description: "Temperature unit" },
  },
  required: ["location", "unit"],
};

/** The input for `question` under each of a few seeds. */
function inputs(schema: Record<string, unknown>, question: string): Record<string, unknown>[] {
  return [0.05, 0.35, 0.65, 0.95].map(
    (r) =>
      generateToolInput(schema, { random: () => r, words: salientWords(question), question }) as Record<
        string,
        unknown
      >,
  );
}

describe("tool inputs a model would write", () => {
  it("takes the enum value the question names, whatever the seed", () => {
    for (const input of inputs(WEATHER, "What's the weather in Boston in Fahrenheit?"))
      expect(input.unit).toBe("fahrenheit");
    for (const input of inputs(WEATHER, "How warm is it in Paris, in celsius please"))
      expect(input.unit).toBe("celsius");
  });

  it("without a cue, takes the enum's default, else its first value", () => {
    for (const input of inputs(WEATHER, "What's the weather in Paris?")) expect(input.unit).toBe("celsius");
    const withDefault = {
      ...WEATHER,
      properties: {
        ...WEATHER.properties,
        unit: { type: "string", enum: ["celsius", "fahrenheit"], default: "fahrenheit" },
      },
    };
    for (const input of inputs(withDefault, "What's the weather in Paris?")) expect(input.unit).toBe("fahrenheit");
  });

  it("lifts names from the question, and falls back on the description's example rather than the property's name", () => {
    for (const input of inputs(WEATHER, "What's the weather in Paris?")) expect(input.location).toBe("Paris");
    for (const input of inputs(WEATHER, "hi")) expect(input.location).toBe("Paris, France");
    const ticker = { type: "object", properties: { ticker: { type: "string" } }, required: ["ticker"] };
    for (const input of inputs(ticker, "hi")) expect(input.ticker).toBe("ticker"); // nothing better to go on
  });

  it("reads the example out of a description", () => {
    expect(describedExample("City and country, e.g. Paris, France")).toBe("Paris, France");
    expect(describedExample("e.g. (2 + 3) * 4")).toBe("(2 + 3) * 4");
    expect(describedExample("The symbol (for example AAPL) to look up")).toBe("AAPL");
    expect(describedExample("An ISO code such as 'EUR'.")).toBe("EUR");
    expect(describedExample("What to look for")).toBeUndefined();
    expect(describedExample(undefined)).toBeUndefined();
  });

  it("lifts what the question writes: a name of several words, an email address, a number beside its name", () => {
    expect(salientWords("Book a table for John Smith in San Francisco")).toEqual(["John Smith", "San Francisco"]);
    expect(salientWords("John Smith wants a demo")).toEqual(["Smith"]); // "John" may only start the sentence
    const booking = {
      type: "object",
      properties: {
        guest: { type: "string" },
        contact: { type: "string", format: "email" },
        email: { type: "string" },
        nights: { type: "integer", minimum: 1, maximum: 30 },
        breakfast: { type: "boolean" },
      },
      required: ["guest", "contact", "email", "nights", "breakfast"],
    };
    const question = "Book 3 nights for Ada Lovelace (ada@example.org), breakfast included.";
    for (const input of inputs(booking, question)) {
      expect(input).toMatchObject({
        guest: "Ada Lovelace",
        contact: "ada@example.org",
        email: "ada@example.org",
        nights: 3,
        breakfast: true,
      });
    }
    // A number out of the schema's range is not taken.
    for (const input of inputs(booking, "Book 90 nights")) expect(input.nights).not.toBe(90);
  });

  it("follows local $refs, and stops following a recursive one", () => {
    const tree = {
      type: "object",
      properties: { root: { $ref: "#/$defs/Node" } },
      required: ["root"],
      $defs: {
        Node: {
          type: "object",
          properties: { label: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/Node" } } },
          required: ["label", "children"],
        },
      },
    };
    for (const input of inputs(tree, "Draw a tree")) {
      expect(typeof (input.root as { label: unknown }).label).toBe("string");
      expect(JSON.stringify(input).length).toBeLessThan(5_000);
    }
  });

  it("keeps to the constraints an SDK moved into a description, as the model reads them there", () => {
    const schema = {
      type: "object",
      properties: {
        plan: { type: "string", description: '{enum: ["free","pro","enterprise"]}' },
        code: { type: "string", description: "A short code\n\n{maxLength: 4}" },
        stars: { type: "integer", description: "{minimum: 10, maximum: 12}" },
      },
      required: ["plan", "code", "stars"],
    };
    for (const input of inputs(schema, "The Enterprise plan for Ada Lovelace, 3 stars")) {
      expect(input.plan).toBe("enterprise");
      expect(String(input.code).length).toBeLessThanOrEqual(4);
      expect(input.stars).toBeGreaterThanOrEqual(10);
      expect(input.stars).toBeLessThanOrEqual(12);
    }
  });
});
