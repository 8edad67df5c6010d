// Looks at what is next to a place in a text by walking from it, where a pattern anchored at the end (`[.,]+$`,
// `\d\s*$` on everything before a match) is tried by the regular expression engine from every position of the text:
// quadratic in a long run of the characters it matches, and the simulator reads whatever a user's turn holds.

const SPACE = /\s/;

/** Whether a character is whitespace, as `\s` has it. */
export const isSpace = (char: string) => SPACE.test(char);

/** `text` without the characters at its end that `drop` is true for. */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The nearest character before `index` that is not whitespace, or "" when there is none. */
export function lastNonSpaceBefore(text: string, index: number): string {
  let at = index - 1;
  while (at >= 0 && isSpace(text[at])) at--;
  return at >= 0 ? text[at] : "";
}

/** The nearest character from `index` on that is not whitespace, or "" when there is none. */
export function firstNonSpaceFrom(text: string, index: number): string {
  let at = index;
  while (at < text.length && isSpace(text[at])) at++;
  return at < text.length ? text[at] : "";
}
