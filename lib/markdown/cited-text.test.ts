import { describe, expect, it } from "vitest";
import { citedRuns, hasCitations, joinCitedBlocks } from "./cited-text";
import { renderMarkdown } from "./render";

const grass = {
  type: "char_location",
  cited_text: "The grass is green. ",
  document_index: 0,
  start_char_index: 0,
  end_char_index: 20,
};
const sky = {
  type: "char_location",
  cited_text: "The sky is blue.",
  document_index: 0,
  start_char_index: 20,
  end_char_index: 36,
};
const optics = {
  type: "page_location",
  cited_text: "Blue skies scatter short wavelengths.",
  document_index: 1,
  start_page_number: 3,
  end_page_number: 4,
};
// The shape of a cited answer (the citations guide's example): the claims are blocks of their own.
const answer = [
  { text: "According to the document, " },
  { text: "the grass is green", citations: [grass] },
  { text: " and " },
  { text: "the sky is blue", citations: [sky, optics] },
  { text: "." },
];

describe("a cited answer's text blocks, shown as one text", () => {
  it("marks each claim after its last word with its citations' numbers, and lists each citation once", () => {
    const { source, citations } = joinCitedBlocks(answer);
    expect(renderMarkdown(source)).toBe(
      '<p>According to the document, the grass is green<sup><button type="button" class="md-cite" data-citation="1" aria-label="Citation 1">[1]</button></sup> and the sky is blue<sup><button type="button" class="md-cite" data-citation="2" aria-label="Citation 2">[2]</button></sup><sup><button type="button" class="md-cite" data-citation="3" aria-label="Citation 3">[3]</button></sup>.</p>',
    );
    expect(citations).toEqual([grass, sky, optics]);
  });

  it("gives a passage cited again the number it already has", () => {
    const { source, citations } = joinCitedBlocks([
      { text: "Green grass ", citations: [grass] },
      { text: "is green again.", citations: [grass, sky] },
    ]);
    expect(renderMarkdown(source)).toBe(
      '<p>Green grass<sup><button type="button" class="md-cite" data-citation="1" aria-label="Citation 1">[1]</button></sup> is green again.<sup><button type="button" class="md-cite" data-citation="1" aria-label="Citation 1">[1]</button></sup><sup><button type="button" class="md-cite" data-citation="2" aria-label="Citation 2">[2]</button></sup></p>',
    );
    expect(citations).toEqual([grass, sky]);
  });

  it("puts a claim's marks before the white space it ends on, so that Markdown across blocks still parses", () => {
    const { source } = joinCitedBlocks([
      { text: "Two facts:\n\n- " },
      { text: "grass is **green**\n", citations: [grass] },
      { text: "- sky is blue" },
    ]);
    expect(renderMarkdown(source)).toBe(
      '<p>Two facts:</p>\n<ul>\n<li>grass is <strong>green</strong><sup><button type="button" class="md-cite" data-citation="1" aria-label="Citation 1">[1]</button></sup></li>\n<li>sky is blue</li>\n</ul>',
    );
  });

  it("marks a block that is still streaming only once it completes, or once the reply has ended", () => {
    const streaming = [{ text: "the grass", citations: [grass], complete: false }];
    expect(joinCitedBlocks(streaming, false)).toEqual({ source: "the grass", citations: [] });
    expect(joinCitedBlocks(streaming, true).citations).toEqual([grass]);
    expect(joinCitedBlocks([{ ...streaming[0], complete: true }], false).citations).toEqual([grass]);
  });

  it("leaves out mark characters that come in the model's own text: the only marks are the citations'", () => {
    const forged = "fake\uE0009\uE001 claim";
    const { source } = joinCitedBlocks([{ text: forged }, { text: " real", citations: [grass] }]);
    expect(renderMarkdown(source)).toBe(
      '<p>fake9 claim real<sup><button type="button" class="md-cite" data-citation="1" aria-label="Citation 1">[1]</button></sup></p>',
    );
  });

  it("never puts a mark inside code", () => {
    const { source } = joinCitedBlocks([
      { text: "Run `npm test`", citations: [grass] },
      { text: "\n\n```js\nx()" },
      { text: "\n```", citations: [sky] },
    ]);
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/[\uE000\uE001]/);
    expect(html).toContain("<code>npm test</code>");
  });

  it("is a cited run when any text block in it has citations, even none yet", () => {
    expect(hasCitations(answer)).toBe(true);
    expect(hasCitations([{ text: "no citations" }, { text: "here", citations: null }])).toBe(false);
    expect(hasCitations([{ text: "the grass", citations: [] }])).toBe(true);
  });
});

describe("citedRuns", () => {
  it("takes each run of text blocks that holds a cited claim together, and leaves every other block on its own", () => {
    const tool = { type: "tool_use" };
    const blocks = [
      { type: "thinking" },
      ...answer.map((b) => ({ type: "text", ...b })),
      tool,
      { type: "text", text: "plain" },
      { type: "text", text: "too" },
    ];
    const parts = citedRuns(blocks);
    expect(parts.map((p) => [p.first, p.blocks.length, p.cited])).toEqual([
      [0, 1, false],
      [1, 5, true],
      [6, 1, false],
      [7, 1, false],
      [8, 1, false],
    ]);
  });
});

describe("a claim that ends on a bare URL", () => {
  it("keeps its marks out of the link's address", () => {
    const { source } = joinCitedBlocks([
      { text: "See https://example.com/page", citations: [grass] },
      { text: " for more." },
    ]);
    expect(renderMarkdown(source)).toBe(
      '<p>See <a href="https://example.com/page" target="_blank" rel="noopener noreferrer nofollow">https://example.com/page<sup class="md-cite" data-citation="1">[1]</sup></a> for more.</p>',
    );
  });
});
