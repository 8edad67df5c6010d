// One tokenizer for the simulator's usage figures and count_tokens, so the two always agree.
// It approximates Claude's tokenizer: words, numbers and punctuation runs, long words split every 4 chars.
const TOKEN_PATTERN = /[A-Za-z]+|\d{1,3}|[^\sA-Za-z\d]+|\s+/g;

export function countTextTokens(text: string): number {
  let count = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const piece = match[0];
    if (/^\s+$/.test(piece)) continue;
    count += Math.max(1, Math.ceil(piece.length / 4));
  }
  return count;
}

/** Splits text into the pieces the simulator streams, one token each, whitespace kept with the word. */
export function splitTokens(text: string): string[] {
  return text.match(/\s*[A-Za-z]{1,4}|\s*\d{1,3}|\s*[^\sA-Za-z\d]|\s+/g) ?? [];
}
