import { describe, expect, it } from "vitest";
import { ask, testSimulator as simulator, textOf, type Json } from "@/lib/testing/simulator-client";
import { parseSseText } from "@/lib/testing/stream-grammar";
import { countTextTokens } from "@/lib/messages/token-count";
import { sentences } from "./cited-reply";

const COLOURS = "The grass is green. The sky is blue.";
const withDocuments = (documents: Json[], question = "What colour are the grass and the sky?") => ({
  ...ask(question),
  messages: [{ role: "user", content: [...documents, { type: "text", text: question }] }],
});
const plainText = (data: string, extra: Json = {}) => ({
  type: "document",
  source: { type: "text", media_type: "text/plain", data },
  citations: { enabled: true },
  ...extra,
});

describe("cited replies", () => {
  it("answer from a plain-text document in the API's documented shape: each cited claim its own block, cited by character range", async () => {
    const { json } = await simulator().message(withDocuments([plainText(COLOURS, { title: "My Document" })]));
    const citation = (cited_text: string, start: number, end: number) => ({
      type: "char_location",
      cited_text,
      document_index: 0,
      document_title: "My Document",
      start_char_index: start,
      end_char_index: end,
    });
    expect(json.content).toEqual([
      { type: "text", text: "According to the document, " },
      { type: "text", text: "the grass is green", citations: [citation("The grass is green. ", 0, 20)] },
      { type: "text", text: " and " },
      { type: "text", text: "the sky is blue", citations: [citation("The sky is blue.", 20, 36)] },
      { type: "text", text: "." },
    ]);
    // Each citation points at its own text in the document.
    for (const block of json.content.filter((b: Json) => b.citations)) {
      const [c] = block.citations;
      expect(COLOURS.slice(c.start_char_index, c.end_char_index)).toBe(c.cited_text);
    }
    // The cited text is not output: only the reply's own words are counted.
    expect(json.usage.output_tokens).toBe(countTextTokens(textOf(json)));
  });

  it("stream each citation as a citations_delta before its claim's text", async () => {
    const response = await simulator().call("/v1/messages", { ...withDocuments([plainText(COLOURS)]), stream: true });
    const events = parseSseText(await response.text()).map((e) => e.data as Json);
    const cited = events.filter((e) => e.type === "content_block_delta" && e.delta.type === "citations_delta");
    expect(cited.map((e) => [e.index, e.delta.citation.cited_text])).toEqual([
      [1, "The grass is green. "],
      [3, "The sky is blue."],
    ]);
    const firstText = events.findIndex(
      (e) => e.type === "content_block_delta" && e.index === 1 && e.delta.type === "text_delta",
    );
    expect(events.indexOf(cited[0])).toBeLessThan(firstText);
    expect(events.find((e) => e.type === "content_block_start" && e.index === 1)?.content_block).toEqual({
      type: "text",
      text: "",
      citations: [],
    });
    expect(events.find((e) => e.type === "content_block_start" && e.index === 0)?.content_block).toEqual({
      type: "text",
      text: "",
    });
  });

  it("cite custom-content documents by block, and number documents across the whole request", async () => {
    const custom = {
      type: "document",
      source: {
        type: "content",
        content: [
          { type: "text", text: "First point." },
          { type: "text", text: "Second point." },
        ],
      },
      citations: { enabled: true },
    };
    const earlier = { role: "user", content: [plainText("An older note."), { type: "text", text: "Keep this." }] };
    const request = withDocuments([plainText("Rivers run to the sea."), custom]);
    const { json } = await simulator().message({
      ...request,
      messages: [earlier, { role: "assistant", content: "Kept." }, ...request.messages],
    });
    const citations = json.content.flatMap((b: Json) => b.citations ?? []);
    expect(json.content[0].text).toBe("According to the documents, ");
    expect(citations).toEqual([
      {
        type: "char_location",
        cited_text: "Rivers run to the sea.",
        document_index: 1,
        document_title: null,
        start_char_index: 0,
        end_char_index: 22,
      },
      {
        type: "content_block_location",
        cited_text: "First point.",
        document_index: 2,
        document_title: null,
        start_block_index: 0,
        end_block_index: 1,
      },
    ]);
  });

  it("are not given where citations are off, or for a PDF, which the simulator cannot read", async () => {
    const sim = simulator();
    const off = await sim.message(withDocuments([{ ...plainText(COLOURS), citations: { enabled: false } }]));
    const pdf = await sim.message(
      withDocuments([
        {
          type: "document",
          source: { type: "base64", media_type: "application/pdf", data: "JVBERi0xLjQK" },
          citations: { enabled: true },
        },
      ]),
    );
    for (const { json } of [off, pdf]) {
      expect(json.content).toHaveLength(1);
      expect(json.content[0].citations).toBeUndefined();
      expect(textOf(json)).toContain("What colour are the grass and the sky?");
    }
  });

  it("are refused, as the API refuses them, when enabled on some of a request's documents and not on others", async () => {
    const response = await simulator().call(
      "/v1/messages",
      withDocuments([plainText(COLOURS), { ...plainText("Other."), citations: { enabled: false } }]),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as Json;
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toMatch(
      /^messages\.0\.content\.1\.citations: citations must be enabled on all of a request's documents or on none/,
    );
  });

  it("split a text into sentences that run to the next one's start", () => {
    expect(sentences("One. Two?  Three!\nFour")).toEqual([
      { text: "One. ", start: 0, end: 5 },
      { text: "Two?  ", start: 5, end: 11 },
      { text: "Three!\n", start: 11, end: 18 },
      { text: "Four", start: 18, end: 22 },
    ]);
  });

  it("do not end a sentence at a decimal point or inside a dotted name", () => {
    expect(sentences('Pi is 3.14 here. Use node.js... "Why?" Done').map((s) => s.text)).toEqual([
      "Pi is 3.14 here. ",
      "Use node.js... ",
      '"Why?" ',
      "Done",
    ]);
  });
});
