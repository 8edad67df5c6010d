// A POSIX-shell word splitter for pasted commands: single and double quotes, backslash escapes,
// line continuations, $'...' strings, comments and here-documents. Variables ($X) are kept as
// written: nothing is expanded or run.

export interface ShellCommand {
  words: string[];
  /** Here-document bodies in the order their `<<` operators appear. */
  heredocs: string[];
}

const ANSI_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  v: "\v",
};

/** Splits the first command of a script; stops at `|`, `;`, `&` or `&&`. Throws a message on unclosed quotes. */
export function splitShellCommand(script: string): ShellCommand {
  const words: string[] = [];
  const heredocMarkers: { tag: string; strip: boolean }[] = [];
  let i = 0;
  let word: string | null = null;
  const n = script.length;
  const push = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  let pendingHeredoc = false;
  let ended = false;

  while (i < n && !ended) {
    const c = script[i];
    if (c === "\\") {
      if (script[i + 1] === "\n") i += 2;
      else if (script[i + 1] === "\r" && script[i + 2] === "\n") i += 3;
      else {
        word = (word ?? "") + (script[i + 1] ?? "");
        i += 2;
      }
    } else if (c === "'") {
      const end = script.indexOf("'", i + 1);
      if (end < 0) throw new Error("A single quote (') is not closed.");
      word = (word ?? "") + script.slice(i + 1, end);
      i = end + 1;
    } else if (c === "$" && script[i + 1] === "'") {
      let j = i + 2;
      let text = "";
      while (j < n && script[j] !== "'") {
        if (script[j] === "\\" && j + 1 < n) {
          const e = script[j + 1];
          if (e === "x" || e === "u") {
            const hex = /^[0-9a-fA-F]+/.exec(script.slice(j + 2, j + (e === "x" ? 4 : 6)))?.[0] ?? "";
            text += hex ? String.fromCodePoint(parseInt(hex, 16)) : e;
            j += 2 + hex.length;
          } else {
            text += ANSI_ESCAPES[e] ?? `\\${e}`;
            j += 2;
          }
        } else text += script[j++];
      }
      if (j >= n) throw new Error("A $'...' string is not closed.");
      word = (word ?? "") + text;
      i = j + 1;
    } else if (c === '"') {
      let j = i + 1;
      let text = "";
      while (j < n && script[j] !== '"') {
        if (script[j] === "\\" && j + 1 < n && '$`"\\\n'.includes(script[j + 1])) {
          if (script[j + 1] !== "\n") text += script[j + 1];
          j += 2;
        } else text += script[j++];
      }
      if (j >= n) throw new Error('A double quote (") is not closed.');
      word = (word ?? "") + text;
      i = j + 1;
    } else if (c === "#" && word === null) {
      while (i < n && script[i] !== "\n") i++;
    } else if (c === "<" && script[i + 1] === "<" && script[i + 2] !== "<") {
      push();
      i += 2;
      const strip = script[i] === "-";
      if (strip) i++;
      while (script[i] === " " || script[i] === "\t") i++;
      const tag = /^(['"]?)([A-Za-z0-9_]+)\1/.exec(script.slice(i));
      if (!tag) throw new Error("A here-document (<<) has no end marker.");
      heredocMarkers.push({ tag: tag[2], strip });
      i += tag[0].length;
      pendingHeredoc = true;
    } else if (c === "\n" && pendingHeredoc) {
      // The here-document bodies start on the next line; the command may continue after them.
      push();
      i++;
      break;
    } else if (c === "|" || c === ";" || c === "&") {
      push();
      ended = true;
    } else if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      push();
      i++;
    } else {
      word = (word ?? "") + c;
      i++;
    }
  }
  push();

  const heredocs: string[] = [];
  if (heredocMarkers.length) {
    const lines = script.slice(i).split(/\r?\n/);
    let line = 0;
    for (const marker of heredocMarkers) {
      const body: string[] = [];
      for (;;) {
        if (line >= lines.length) throw new Error(`The here-document is not closed by a line "${marker.tag}".`);
        const text = marker.strip ? lines[line].replace(/^\t+/, "") : lines[line];
        line++;
        if (text === marker.tag) break;
        body.push(text);
      }
      heredocs.push(`${body.join("\n")}\n`);
    }
  }
  return { words, heredocs };
}
