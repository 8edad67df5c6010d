// Replies that cite documents, as the API answers a request whose documents enable citations: the answer split into
// text blocks, each cited claim a block of its own carrying its citations. Plain-text documents are cited by character
// range, a sentence at a time (the API chunks them into sentences); custom-content documents by content block. PDFs
// are not read by the simulator, so they are never cited.
import { isSpace, trimEndWhere } from "./text-ends";
import { asJsonObject as object } from "@/lib/messages/json-object";
import type { MessageRequest } from "@/lib/messages/request-schema";

export type Citation =
  | {
      type: "char_location";
      cited_text: string;
      document_index: number;
      document_title: string | null;
      start_char_index: number;
      end_char_index: number;
    }
  | {
      type: "content_block_location";
      cited_text: string;
      document_index: number;
      document_title: string | null;
      start_block_index: number;
      end_block_index: number;
    };

type Block = Record<string, unknown>;
const blocks = (content: unknown): Block[] => (Array.isArray(content) ? (content as Block[]) : []);

const ENDS = new Set([".", "!", "?"]);
const CLOSERS = new Set(['"', "”", "’", ")"]);

/** A plain text's sentences with their offsets: each runs to the next sentence's start, trailing space included.
 * Punctuation ends a sentence only before a space or the end, so "3.5", "e.g." mid-word or "node.js" stay whole; a line
 * break ends one too. Read in one pass: a pattern that looked ahead from each punctuation mark was quadratic in a long
 * run of them. */
export function sentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const past = (from: number, set: Set<string>) => {
    let at = from;
    while (at < text.length && set.has(text[at])) at++;
    return at;
  };
  for (let start = 0; start < text.length; ) {
    let at = start;
    while (at < text.length && text[at] !== "\n") {
      if (!ENDS.has(text[at])) {
        at++;
        continue;
      }
      // A run of marks, and the quotes or brackets that close after it, end the sentence before a space or the end.
      const marks = past(at, ENDS);
      const closed = past(marks, CLOSERS);
      if (closed === text.length || isSpace(text[closed])) {
        at = closed;
        break;
      }
      at = marks;
    }
    while (at < text.length && text[at] === "\n") at++;
    while (at < text.length && isSpace(text[at])) at++;
    const sentence = text.slice(start, at);
    if (sentence.trim()) out.push({ text: sentence, start, end: at });
    start = at;
  }
  return out;
}

/** The citable passages of each document of the last user turn whose citations are enabled, with each document's index
 * among all the documents of the request (the API numbers them across every message, in order). */
function citablePassages(request: MessageRequest): Citation[][] {
  const lastUser = request.messages.findLastIndex((m) => m.role === "user");
  const found: Citation[][] = [];
  let documentIndex = 0;
  request.messages.forEach((message, messageIndex) => {
    for (const block of blocks(message.content)) {
      if (block.type !== "document") continue;
      const index = documentIndex++;
      if (messageIndex !== lastUser || object(block.citations).enabled !== true) continue;
      const title = typeof block.title === "string" ? block.title : null;
      const source = object(block.source);
      if (source.type === "text" && typeof source.data === "string") {
        found.push(
          sentences(source.data).map((s) => ({
            type: "char_location",
            cited_text: s.text,
            document_index: index,
            document_title: title,
            start_char_index: s.start,
            end_char_index: s.end,
          })),
        );
      } else if (source.type === "content") {
        const parts =
          typeof source.content === "string" ? [{ type: "text", text: source.content }] : blocks(source.content);
        found.push(
          parts.flatMap((part, i) =>
            part.type === "text" && typeof part.text === "string" && part.text.trim()
              ? [
                  {
                    type: "content_block_location",
                    cited_text: part.text,
                    document_index: index,
                    document_title: title,
                    start_block_index: i,
                    end_block_index: i + 1,
                  } as Citation,
                ]
              : [],
          ),
        );
      }
    }
  });
  return found.filter((citations) => citations.length > 0);
}

/** A cited passage as a claim in the answer: the passage without its closing punctuation, its first word lowered
 * where it is an ordinary one ("The grass is green." → "the grass is green"), as the model rewords what it cites. */
function claim(citation: Citation): string {
  const cited = citation.cited_text.trim();
  // Without the marks that end it, and the quotes or brackets that close after them.
  const closed = trimEndWhere(cited, (c) => CLOSERS.has(c));
  const unmarked = trimEndWhere(closed, (c) => ENDS.has(c));
  const text = unmarked.length < closed.length ? unmarked : cited;
  return /^(The|A|An|This|That|These|Those|It|Its|There|Their|Our|Each|Every|Some|Many|Most|All)\b/.test(text)
    ? text[0].toLowerCase() + text.slice(1)
    : text;
}

/** The reply's text blocks, or none when the last user turn has no document to cite: two claims at most, from the
 * first two documents (or the first two passages of a lone one), joined as the API's cited answers are. */
export function citedReply(request: MessageRequest): { text: string; citations?: Citation[] }[] {
  const documents = citablePassages(request);
  if (documents.length === 0) return [];
  const chosen = documents.length > 1 ? [documents[0][0], documents[1][0]] : documents[0].slice(0, 2);
  const out: { text: string; citations?: Citation[] }[] = [
    { text: `According to the document${documents.length > 1 ? "s" : ""}, ` },
  ];
  chosen.forEach((citation, i) => {
    if (i > 0) out.push({ text: " and " });
    out.push({ text: claim(citation), citations: [citation] });
  });
  out.push({ text: "." });
  return out;
}
