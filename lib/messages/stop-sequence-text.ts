// Stop sequences as lines of text: one sequence per line, a line break inside a sequence written `\n` (a tab `\t`,
// a backslash `\\`), so that a sequence such as "\n\nHuman:" can be typed in a one-per-line field.

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", "\\": "\\" };

export function formatStopSequences(value: unknown): string {
  if (!Array.isArray(value)) return "";
  return value
    .map((sequence) => String(sequence).replace(/[\\\n\t]/g, (c) => (c === "\n" ? "\\n" : c === "\t" ? "\\t" : "\\\\")))
    .join("\n");
}

/** The sequences the lines stand for; empty lines are skipped, and a backslash before any other character stays. */
export function parseStopSequences(text: string): string[] | undefined {
  const sequences = text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(/\\([nt\\])/g, (_, c: string) => ESCAPES[c]));
  return sequences.length ? sequences : undefined;
}
