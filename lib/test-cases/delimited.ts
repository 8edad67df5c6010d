// A reader of delimited text: CSV as RFC 4180 writes it (quoted fields, doubled quotes, line breaks inside quotes,
// CRLF or LF), and the tab-separated text a spreadsheet puts on the clipboard. Small enough to keep here rather than
// take a library for (lib/usage/csv.ts writes the same format).

/** The records of the text, each a list of fields. A byte-order mark is skipped; a last empty line is not a record. */
export function parseDelimited(text: string, delimiter = ","): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === delimiter) endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else field += char;
  }
  if (field !== "" || record.length > 0 || quoted) endRecord();
  return records;
}

/** Tab-separated when the first line has a tab and no comma outside quotes, as text copied from a spreadsheet is. */
export function guessDelimiter(text: string): "," | "\t" {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return firstLine.includes("\t") && !firstLine.replace(/"[^"]*"/g, "").includes(",") ? "\t" : ",";
}
