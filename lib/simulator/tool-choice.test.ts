import { describe, expect, it } from "vitest";
import { ask, testSimulator as simulator, type Json } from "@/lib/testing/simulator-client";

const object = (properties: Json, required = Object.keys(properties)) => ({ type: "object", properties, required });
const tool = (name: string, description: string, properties: Json = {}, required?: string[]) => ({
  name,
  description,
  input_schema: object(properties, required),
});

const ADD = tool("add", "Add two numbers and return their sum.", { a: { type: "number" }, b: { type: "number" } });

/** Twenty tools of an assistant's everyday kit, each for one thing. */
const TWENTY = [
  tool("get_weather", "Get the current weather for a city.", { location: { type: "string" } }),
  tool("get_time", "Get the current local time in a time zone.", { zone: { type: "string" } }),
  ADD,
  tool("multiply", "Multiply two numbers.", { a: { type: "number" }, b: { type: "number" } }),
  tool("convert_currency", "Convert an amount of money between currencies.", {
    amount: { type: "number" },
    from: { type: "string" },
    to: { type: "string" },
  }),
  tool("search_flights", "Find flights between two airports on a date.", {
    origin: { type: "string" },
    destination: { type: "string" },
  }),
  tool("book_hotel", "Reserve a hotel room for given nights.", {
    city: { type: "string" },
    nights: { type: "integer" },
  }),
  tool("send_email", "Send an email to a recipient.", { to: { type: "string", format: "email" } }),
  tool("create_event", "Create a calendar event.", { title: { type: "string" } }),
  tool("translate_text", "Translate text into another language.", { text: { type: "string" } }),
  tool("get_stock_price", "Look up the latest price of a stock ticker.", { ticker: { type: "string" } }),
  tool("read_file", "Read a file from the workspace.", { path: { type: "string" } }),
  tool("list_files", "List the files in a folder of the workspace.", { folder: { type: "string" } }),
  tool("set_reminder", "Set a reminder for later.", { note: { type: "string" } }),
  tool("play_music", "Play a song or playlist.", { song: { type: "string" } }),
  tool("order_pizza", "Order a pizza for delivery.", { size: { type: "string", enum: ["small", "large"] } }),
  tool("check_package", "Track the delivery status of a parcel by its tracking number.", {
    tracking: { type: "string" },
  }),
  tool("summarize_url", "Summarize the web page at a URL.", { url: { type: "string", format: "uri" } }),
  tool("run_sql", "Run a SQL query against the analytics database.", { query: { type: "string" } }),
  tool("get_news", "Fetch today's top headlines.", {}),
];

const calls = (json: Json) => json.content.filter((b: Json) => b.type === "tool_use");

describe("choosing tools like a model", () => {
  const sim = simulator();

  it('"What is 2+3?" with an add(a, b) tool calls add with {"a": 2, "b": 3}', async () => {
    const { json } = await sim.message({ ...ask("What is 2+3?"), tools: [ADD] });
    expect(json.stop_reason).toBe("tool_use");
    expect(calls(json)).toEqual([expect.objectContaining({ name: "add", input: { a: 2, b: 3 } })]);
    // Among twenty tools too, and with the numbers in words.
    const among = (await sim.message({ ...ask("What is 12 plus 30?"), tools: TWENTY })).json;
    expect(calls(among)).toEqual([expect.objectContaining({ name: "add", input: { a: 12, b: 30 } })]);
  });

  it("a question that needs no tool gets text, even with twenty tools present", async () => {
    for (const question of ["Hello! How are you today?", "Why is the sky blue?", "Write a haiku about autumn."]) {
      const { json } = await sim.message({ ...ask(question), tools: TWENTY });
      expect(json.stop_reason, question).toBe("end_turn");
      expect(calls(json), question).toEqual([]);
    }
  });

  it("a question matching one tool's name or description calls that tool, and only it", async () => {
    const cases: Array<[string, string]> = [
      ["What's the weather like in Lisbon?", "get_weather"],
      ["Are there flights from Oslo to Rome on Friday?", "search_flights"],
      ["Please convert 100 dollars to euros.", "convert_currency"],
      ["Where is my parcel? The tracking number is 1Z999.", "check_package"],
      ["Multiply 6 by 7 for me.", "multiply"],
    ];
    for (const [question, name] of cases) {
      const { json } = await sim.message({ ...ask(question), tools: TWENTY });
      expect(
        calls(json).map((c: Json) => c.name),
        question,
      ).toEqual([name]);
    }
  });

  it("calls two tools when the turn asks for two things, one each, unless parallel use is off", async () => {
    const question = "What's the weather in Oslo and the time in Tokyo?";
    const both = (await sim.message({ ...ask(question), tools: TWENTY })).json;
    expect(calls(both).map((c: Json) => c.name)).toEqual(["get_weather", "get_time"]);
    const one = (
      await sim.message({
        ...ask(question),
        tools: TWENTY,
        tool_choice: { type: "auto", disable_parallel_tool_use: true },
      })
    ).json;
    expect(calls(one)).toHaveLength(1);
  });

  it("forced tool_choice still forces: any calls the best match (else a tool), tool calls the named one", async () => {
    const any = (await sim.message({ ...ask("Hello!"), tools: TWENTY, tool_choice: { type: "any" } })).json;
    expect(any.stop_reason).toBe("tool_use");
    expect(calls(any)).toHaveLength(1);
    const anyMatching = (
      await sim.message({ ...ask("What's the weather in Paris?"), tools: TWENTY, tool_choice: { type: "any" } })
    ).json;
    expect(calls(anyMatching).map((c: Json) => c.name)).toEqual(["get_weather"]);
    const named = (
      await sim.message({ ...ask("Hello!"), tools: TWENTY, tool_choice: { type: "tool", name: "play_music" } })
    ).json;
    expect(json(named)).toEqual(["play_music"]);
  });

  it("fills inputs from the turn: an expression, a URL, a topic; no cue gives a modest default, never an extreme", async () => {
    const calculator = tool("calculator", "Evaluate an arithmetic expression.", {
      expression: { type: "string", description: "e.g. (2 + 3) * 4" },
    });
    const expression = (await sim.message({ ...ask("What is (17 + 4) * 3?"), tools: [calculator] })).json;
    expect(calls(expression)[0].input).toEqual({ expression: "(17 + 4) * 3" });
    const url = (await sim.message({ ...ask("Summarize https://example.com/blog/post-1 please."), tools: TWENTY }))
      .json;
    expect(calls(url)).toEqual([
      expect.objectContaining({ name: "summarize_url", input: { url: "https://example.com/blog/post-1" } }),
    ]);
    const search = tool(
      "search_docs",
      "Search the documentation.",
      {
        query: { type: "string" },
        max_results: { type: "integer", minimum: 1, maximum: 50 },
        exact: { type: "boolean" },
        offset: { type: "integer", minimum: 0, maximum: 10_000 },
      },
      ["query", "max_results", "exact", "offset"],
    );
    const docs = (await sim.message({ ...ask("Search the docs for rate limits"), tools: [search] })).json;
    expect(calls(docs)[0].input).toEqual({ query: "rate limits", max_results: 5, exact: false, offset: 0 });
  });
});

const json = (reply: Json) => calls(reply).map((c: Json) => c.name);
