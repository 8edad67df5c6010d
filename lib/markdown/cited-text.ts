// A cited answer arrives as a run of text blocks: the claims that cite a document are blocks of their own, with the
// words between them in blocks without citations ("According to the document, " · "the grass is green" · " and " · …).
// Shown one framed block each, the answer read as a column of fragments; the transcript shows such a run as one text
// (CitedText in components/transcript/text-block.tsx), with a numbered mark after each cited claim and the citations listed once
// below. The marks go through the Markdown renderer as private-use characters, which it turns into superscripts
// (render.ts): a Markdown construct that spans blocks (a list, a paragraph) renders as one.

const OPEN = "\uE000";
const CLOSE = "\uE001";
/** A mark in a text: its citation's number. */
export const CITE_MARK = /\uE000(\d{1,4})\uE001/g;
/** The mark characters, which the model's own text may not carry: the only marks are the ones put there here. */
const MARK_CHARACTERS = /[\uE000\uE001]/g;

export interface CitedBlock {
  text?: string;
  citations?: unknown[] | null;
  complete?: boolean;
}

/** True for a run of text blocks that holds a cited claim (a block whose citations came, even none yet). */
export const hasCitations = (blocks: CitedBlock[]) => blocks.some((block) => Array.isArray(block.citations));

/** The run's text as one Markdown source with the marks in it, and the distinct citations in order of first mention
 * (a passage cited twice keeps its number). A block's marks go after its text, before the white space it ends on, so
 * that they follow the claim's last word; a block still streaming gets its marks when it completes, or when the reply
 * has ended (`ended`: stopped, or cut by an error), so that the text only grows while it streams (the Markdown view
 * converts only what was added). */
export function joinCitedBlocks(blocks: CitedBlock[], ended = true): { source: string; citations: unknown[] } {
  const citations: unknown[] = [];
  const numbers = new Map<string, number>();
  let source = "";
  for (const block of blocks) {
    const text = (block.text ?? "").replace(MARK_CHARACTERS, "");
    const cited = (ended || block.complete === true) && Array.isArray(block.citations) ? block.citations : [];
    if (cited.length === 0) {
      source += text;
      continue;
    }
    let marks = "";
    for (const citation of cited) {
      const key = JSON.stringify(citation);
      let number = numbers.get(key);
      if (number === undefined) {
        citations.push(citation);
        numbers.set(key, (number = citations.length));
      }
      marks += `${OPEN}${number}${CLOSE}`;
    }
    const end = text.trimEnd().length;
    source += text.slice(0, end) + marks + text.slice(end);
  }
  return { source, citations };
}

/** A reply's blocks in order, in parts to show: each maximal run of text blocks that holds a cited claim is one part,
 * every other block a part of its own. `first` is the index of the part's first block in the reply. */
export function citedRuns<B extends CitedBlock & { type: string }>(
  blocks: B[],
): { first: number; blocks: B[]; cited: boolean }[] {
  const parts: { first: number; blocks: B[]; cited: boolean }[] = [];
  for (let index = 0; index < blocks.length; ) {
    let end = index + 1;
    if (blocks[index].type === "text") while (end < blocks.length && blocks[end].type === "text") end++;
    const run = blocks.slice(index, end);
    if (run.length > 0 && blocks[index].type === "text" && hasCitations(run))
      parts.push({ first: index, blocks: run, cited: true });
    else run.forEach((block, offset) => parts.push({ first: index + offset, blocks: [block], cited: false }));
    index = end;
  }
  return parts;
}
