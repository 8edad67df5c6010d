// Cuts a growing plain text into chunks that end after a blank line, keeping every character, so a view
// can render finished chunks once (as spans inside one pre-wrap block) and update only the last one.
export interface ChunkState {
  text: string;
  chunks: string[];
  /** Offset where the unfinished last chunk starts. */
  end: number;
}

export function chunkPlainText(text: string, previous?: ChunkState): { state: ChunkState; chunks: string[] } {
  let chunks: string[] = [];
  let end = 0;
  if (previous && text.length >= previous.end && text.startsWith(previous.text.slice(0, previous.end))) {
    chunks = previous.chunks;
    end = previous.end;
  }
  const added: string[] = [];
  const boundary = /\n\n+(?=[^\n])/g;
  boundary.lastIndex = end;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const cut = match.index + match[0].length;
    added.push(text.slice(end, cut));
    end = cut;
  }
  if (added.length) chunks = chunks.concat(added);
  const state = { text, chunks, end };
  return { state, chunks: end < text.length ? [...chunks, text.slice(end)] : chunks };
}
