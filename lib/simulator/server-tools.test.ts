import { describe, expect, it } from "vitest";
import { checkStreamGrammar, parseSseText } from "@/lib/testing/stream-grammar";
import { validateRequest } from "@/lib/messages/validation/validate-request";
import { ask, testSimulator as simulator, textOf, type Json } from "@/lib/testing/simulator-client";
import { ITERATION_LIMIT } from "./server-turn";

const SEARCH = { type: "web_search_20250305", name: "web_search" };
const FETCH = { type: "web_fetch_20250910", name: "web_fetch" };
const types = (json: Json) => json.content.map((b: Json) => b.type);
const ofType = (json: Json, type: string) => json.content.filter((b: Json) => b.type === type);
const streamed = async (sim: ReturnType<typeof simulator>, body: Json) =>
  parseSseText(await (await sim.call("/v1/messages", { ...body, stream: true })).text());

describe("web search", () => {
  const sim = simulator();

  it("searches when asked, in the documented blocks, and cites its results in the answer", async () => {
    const { json } = await sim.message({
      ...ask("Search the web for the latest news on fusion power."),
      tools: [SEARCH],
    });
    expect(types(json).slice(0, 3)).toEqual(["text", "server_tool_use", "web_search_tool_result"]);
    const [use] = ofType(json, "server_tool_use");
    expect(use).toEqual({
      type: "server_tool_use",
      id: expect.stringMatching(/^srvtoolu_/),
      name: "web_search",
      input: { query: "latest news on fusion power" },
      caller: { type: "direct" },
    });
    const [result] = ofType(json, "web_search_tool_result");
    expect(result.tool_use_id).toBe(use.id);
    expect(result.content.length).toBeGreaterThanOrEqual(3);
    for (const item of result.content) {
      expect(Object.keys(item).sort()).toEqual(["encrypted_content", "page_age", "title", "type", "url"]);
      expect(item.type).toBe("web_search_result");
      expect(new URL(item.url).host).toMatch(/\.example$/); // made up, on the reserved domain: never a real site
    }
    const cited = json.content.filter((b: Json) => b.citations?.length);
    expect(cited.length).toBeGreaterThan(0);
    for (const block of cited) {
      for (const citation of block.citations) {
        expect(citation).toMatchObject({ type: "web_search_result_location", encrypted_index: expect.any(String) });
        expect(result.content.map((r: Json) => r.url)).toContain(citation.url);
        expect(block.text).toContain(citation.cited_text);
      }
    }
    expect(json.stop_reason).toBe("end_turn");
    expect(json.usage.server_tool_use).toEqual({ web_search_requests: 1, web_fetch_requests: 0 });
    expect(Object.keys(json.usage).at(-1)).toBe("server_tool_use");
  });

  it("searches once per subject of a list; keeps to allowed domains, away from blocked ones", async () => {
    const question = "Search for the tallest buildings in Paris, Rome and Oslo";
    const { json } = await sim.message({
      ...ask(question),
      tools: [{ ...SEARCH, allowed_domains: ["docs.python.org"] }],
    });
    expect(ofType(json, "server_tool_use").map((b: Json) => b.input.query)).toEqual([
      "tallest buildings in Paris",
      "tallest buildings in Rome",
      "tallest buildings in Oslo",
    ]);
    for (const result of ofType(json, "web_search_tool_result"))
      for (const item of result.content) expect(new URL(item.url).host).toBe("docs.python.org");
    expect(json.usage.server_tool_use.web_search_requests).toBe(3);
    const blocked = (await sim.message({ ...ask(question), tools: [{ ...SEARCH, blocked_domains: ["news.example"] }] }))
      .json;
    for (const result of ofType(blocked, "web_search_tool_result"))
      for (const item of result.content) expect(new URL(item.url).host).not.toBe("news.example");
  });

  it("past max_uses, the call gets the API's error result and the model stops searching", async () => {
    const { json } = await sim.message({
      ...ask("Search for the weather in Paris, Rome, Oslo and Bern"),
      tools: [{ ...SEARCH, max_uses: 2 }],
    });
    const results = ofType(json, "web_search_tool_result");
    expect(results).toHaveLength(3);
    expect(results[2].content).toEqual({ type: "web_search_tool_result_error", error_code: "max_uses_exceeded" });
    expect(json.usage.server_tool_use.web_search_requests).toBe(2);
    expect(textOf(json)).toContain("max_uses for web search was reached");
  });

  it("streams server_tool_use input as input_json_delta, results whole in content_block_start, citations first", async () => {
    const body = { ...ask("Look up the history of the printing press"), tools: [SEARCH] };
    const reply = (await sim.message(body)).json;
    const events = await streamed(sim, body);
    expect(checkStreamGrammar(events).violations).toEqual([]);
    const data = events.map((e) => e.data as Json);
    const start = (type: string) => data.find((e) => e.type === "content_block_start" && e.content_block.type === type);
    const use = start("server_tool_use")!;
    expect(use.content_block).toEqual({
      type: "server_tool_use",
      id: expect.stringMatching(/^srvtoolu_/),
      name: "web_search",
      input: {},
      caller: { type: "direct" },
    });
    const deltas = data.filter((e) => e.index === use.index && e.type === "content_block_delta");
    expect(deltas[0].delta).toEqual({ type: "input_json_delta", partial_json: "" });
    expect(JSON.parse(deltas.map((e) => e.delta.partial_json).join(""))).toEqual({
      query: "history of the printing press",
    });
    const result = start("web_search_tool_result")!;
    const afterResult = data.slice(data.indexOf(result) + 1);
    expect(afterResult[0]).toEqual({ type: "content_block_stop", index: result.index });
    expect(result.content_block.content).toHaveLength(reply.content[result.index].content.length);
    const citedStart = data.find((e) => e.type === "content_block_start" && e.content_block.citations)!;
    expect(citedStart.content_block).toEqual({ type: "text", text: "", citations: [] });
    const citedDeltas = data.filter((e) => e.index === citedStart.index && e.type === "content_block_delta");
    expect(citedDeltas[0].delta.type).toBe("citations_delta");
    const messageDelta = data.find((e) => e.type === "message_delta")!;
    expect(messageDelta.usage.server_tool_use).toEqual({ web_search_requests: 1, web_fetch_requests: 0 });
    // Results are input the model read within the turn: the final input count is above message_start's.
    expect(messageDelta.usage.input_tokens).toBeGreaterThan(data[0].message.usage.input_tokens);
    expect(messageDelta.usage.input_tokens).toBe(reply.usage.input_tokens);
  });
});

describe("pause_turn", () => {
  const sim = simulator();
  const cities = "Paris, Rome, Oslo, Bern, Vienna, Prague, Madrid, Lisbon, Dublin, Athens, Warsaw, Riga";
  const body = { ...ask(`Search for the population of ${cities}`), tools: [SEARCH] };

  it(`pauses after ${ITERATION_LIMIT} server tool calls, the next call written but not run`, async () => {
    const { json } = await sim.message(body);
    expect(json.stop_reason).toBe("pause_turn");
    const uses = ofType(json, "server_tool_use");
    expect(uses).toHaveLength(ITERATION_LIMIT + 1);
    expect(ofType(json, "web_search_tool_result")).toHaveLength(ITERATION_LIMIT);
    expect(json.content.at(-1)).toEqual(uses.at(-1));
    expect(json.usage.server_tool_use.web_search_requests).toBe(ITERATION_LIMIT);
    const events = await streamed(sim, body);
    expect(checkStreamGrammar(events).violations).toEqual([]);
    expect((events.find((e) => (e.data as Json).type === "message_delta")!.data as Json).delta.stop_reason).toBe(
      "pause_turn",
    );
  });

  it("continues when the reply comes back as the last assistant turn, even on a model that refuses prefill", async () => {
    const paused = (await sim.message(body)).json;
    const continued = {
      ...body,
      messages: [...body.messages, { role: "assistant", content: paused.content }],
    };
    expect(validateRequest(continued)).toEqual([]);
    // A plain prefill is still refused on that model.
    const prefill = { ...body, messages: [...body.messages, { role: "assistant", content: "Sure," }] };
    expect(validateRequest(prefill).map((i) => i.path)).toEqual(["messages.1"]);
    const { response, json } = await sim.message(continued);
    expect(response.status).toBe(200);
    const pending = paused.content.at(-1);
    expect(json.content[0]).toMatchObject({ type: "web_search_tool_result", tool_use_id: pending.id });
    expect(pending.input).toEqual({ query: "population of Warsaw" }); // the 11th city; the 12th is left to search
    expect(json.content[0].content[0].title).toContain("Warsaw");
    expect(ofType(json, "server_tool_use").map((b: Json) => b.input.query)).toEqual(["population of Riga"]);
    expect(json.stop_reason).toBe("end_turn");
    expect(json.usage.server_tool_use.web_search_requests).toBe(2);
    expect(json.content.at(-1).type).toBe("text");
  });
});

describe("web fetch and code execution", () => {
  const sim = simulator();

  it("fetches the URL the turn gives: a document made up offline, or the API's error for a domain not allowed", async () => {
    const url = "https://example.com/docs/getting-started";
    const { json } = await sim.message({ ...ask(`Summarize ${url} please`), tools: [SEARCH, FETCH] });
    expect(ofType(json, "server_tool_use")).toEqual([expect.objectContaining({ name: "web_fetch", input: { url } })]);
    const [result] = ofType(json, "web_fetch_tool_result");
    expect(result.content).toMatchObject({
      type: "web_fetch_result",
      url,
      content: { type: "document", source: { type: "text", media_type: "text/plain" }, title: expect.any(String) },
    });
    expect(result.content.content.source.data).toContain("nothing was fetched");
    expect(json.usage.server_tool_use).toEqual({ web_search_requests: 0, web_fetch_requests: 1 });
    const blocked = (
      await sim.message({ ...ask(`Read ${url}`), tools: [{ ...FETCH, allowed_domains: ["docs.python.org"] }] })
    ).json;
    expect(ofType(blocked, "web_fetch_tool_result")[0].content).toEqual({
      type: "web_fetch_tool_result_error",
      error_code: "url_not_allowed",
    });
    expect(blocked.usage.server_tool_use.web_fetch_requests).toBe(0);
    const short = (
      await sim.message({
        ...ask(`Read ${url}`),
        tools: [{ ...FETCH, max_content_tokens: 12, citations: { enabled: true } }],
      })
    ).json;
    const document = ofType(short, "web_fetch_tool_result")[0].content.content;
    expect(document.source.data.split(/\s+/).length).toBeLessThanOrEqual(12);
    expect(document.citations).toEqual({ enabled: true });
  });

  it("runs code by version: Python as code_execution (20250522), Bash as bash_code_execution after", async () => {
    const question = "What is 17 * 23? Calculate it with Python code.";
    const legacy = (
      await sim.message({ ...ask(question), tools: [{ type: "code_execution_20250522", name: "code_execution" }] })
    ).json;
    expect(ofType(legacy, "server_tool_use")).toEqual([
      expect.objectContaining({ name: "code_execution", input: { code: "print(17 * 23)" } }),
    ]);
    expect(ofType(legacy, "code_execution_tool_result")[0].content).toEqual({
      type: "code_execution_result",
      stdout: "391\n",
      stderr: "",
      return_code: 0,
      content: [],
    });
    const bash = (
      await sim.message({ ...ask(question), tools: [{ type: "code_execution_20250825", name: "code_execution" }] })
    ).json;
    expect(ofType(bash, "server_tool_use")[0]).toMatchObject({
      name: "bash_code_execution",
      input: { command: "python3 << 'EOF'\nprint(17 * 23)\nEOF" },
    });
    expect(ofType(bash, "bash_code_execution_tool_result")[0].content).toMatchObject({
      type: "bash_code_execution_result",
      stdout: "391\n",
      return_code: 0,
    });
    expect(textOf(bash)).toContain("391");
  });

  it("prints what simple code prints, and says plainly what it does not run", async () => {
    const tools = [{ type: "code_execution_20250522", name: "code_execution" }];
    const code =
      "```python\nimport math\nx = 6\ny = x * 7\nprint('answer:', y, y / 4)\nprint(open('/etc/passwd').read())\n```";
    const { json } = await sim.message({ ...ask(`Run this code:\n${code}`), tools });
    const [result] = ofType(json, "code_execution_tool_result");
    expect(result.content.stdout).toBe("answer: 42 10.5\n");
    expect(result.content.return_code).toBe(1);
    expect(result.content.stderr).toMatch(/does not run code/);
    expect(result.content.stderr).toContain("print(open('/etc/passwd').read())");
    expect(textOf(json)).toContain("exit code 1");
  });

  it("is deterministic: the same request gets the same reply, ids aside", async () => {
    const body = { ...ask("Search the web for tide tables in Brest"), tools: [SEARCH, FETCH] };
    const strip = (json: Json) =>
      JSON.stringify(json)
        .replace(/srvtoolu_\w+/g, "srvtoolu")
        .replace(/msg_\w+/g, "msg");
    expect(strip((await sim.message(body)).json)).toBe(strip((await sim.message(body)).json));
  });
});
